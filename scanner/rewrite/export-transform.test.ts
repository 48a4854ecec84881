import { describe, expect, it } from 'vitest';
import { ExportTransform } from './export-transform.js';
import { SecretMatcher } from './matcher.js';
import { planRewrite } from './plan.js';

// Assembled so that this repository's own history scans clean.
const SECRET = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');
const OLD = 'a'.repeat(40);
const NEW = 'b'.repeat(40);
const GITLINK = 'c'.repeat(40);
const message = `use ${SECRET}\n`;

// Shaped like `git fast-export --no-data --show-original-ids` output.
const stream = [
  'commit refs/heads/main',
  'mark :1',
  `original-oid ${'1'.repeat(40)}`,
  'committer A <a@example.test> 1704067200 +0000',
  'data 6',
  'first',
  `M 100644 ${'d'.repeat(40)} clean.txt`,
  '',
  'commit refs/heads/main',
  'mark :2',
  `original-oid ${'2'.repeat(40)}`,
  'committer A <a@example.test> 1704067260 +0000',
  `data ${message.length}`,
  `${message}from :1`,
  `M 100644 ${OLD} "path with \\"quotes\\".env"`,
  `M 160000 ${OLD} vendor/lib`,
  `M 160000 ${GITLINK} vendor/other`,
  '',
  'commit refs/heads/side',
  'mark :3',
  `original-oid ${'3'.repeat(40)}`,
  'committer A <a@example.test> 1704067320 +0000',
  'data 5',
  'side',
  'from :2',
  '',
  'reset refs/tags/light',
  'from :1',
  '',
  'tag v1',
  'from :1',
  `original-oid ${'4'.repeat(40)}`,
  'tagger A <a@example.test> 1704067380 +0000',
  'data 3',
  'v1',
  '',
].join('\n');

function transform(chunkSize: number): { out: string; t: ExportTransform } {
  const plan = planRewrite([{ ruleId: 'aws', secret: SECRET, file: 'f', commit: '', tags: [] }], {
    rules: [],
    replacement: '***REMOVED***',
  });
  const t = new ExportTransform({
    blobs: new Map([[OLD, NEW]]),
    matcher: new SecretMatcher(plan.secrets),
    signedCommits: new Set(),
    signedTags: new Set(['4'.repeat(40)]),
  });
  const input = Buffer.from(stream);
  const parts: Buffer[] = [];
  for (let i = 0; i < input.length; i += chunkSize) parts.push(t.push(input.subarray(i, i + chunkSize)));
  t.end();
  return { out: Buffer.concat(parts).toString(), t };
}

describe('ExportTransform', () => {
  it.each([1, 7, 64, 1 << 20])('gives the same output whatever the chunk size (%i bytes)', (size) => {
    const { out } = transform(size);
    expect(out).toBe(
      stream
        .replace(`data ${message.length}\n${message}`, `data 18\nuse ***REMOVED***\n`)
        .replace(`M 100644 ${OLD}`, `M 100644 ${NEW}`),
    );
  });

  it('leaves gitlinks alone and counts what changed, parents included', () => {
    const { out, t } = transform(13);
    expect(out).toContain(`M 160000 ${OLD} vendor/lib`);
    expect(t.stats).toMatchObject({
      commits: 3,
      changedCommits: 2,
      firstChanged: '2'.repeat(40),
      messagesRewritten: 1,
      blobsReferenced: 1,
      signedTagsStripped: 1,
      tags: 1,
    });
    expect([...t.stats.refs]).toEqual([
      ['refs/heads/main', true],
      ['refs/heads/side', true],
      ['refs/tags/light', false],
      ['refs/tags/v1', true],
    ]);
    expect(t.originals.get(2)).toBe('2'.repeat(40));
  });

  it('refuses an export that stops in the middle of a message', () => {
    const t = new ExportTransform({
      blobs: new Map(),
      matcher: new SecretMatcher([]),
      signedCommits: new Set(),
      signedTags: new Set(),
    });
    t.push(Buffer.from('commit refs/heads/main\nmark :1\ndata 100\nshort'));
    expect(() => t.end()).toThrow(/ended in the middle of a command/);
  });
});
