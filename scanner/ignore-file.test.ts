import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IgnoreSet, loadIgnoreFile, parseFingerprint, type IgnoreKey } from './ignore-file.js';

const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const OTHER = '0f9e8d7c6b5a49382716050f1e2d3c4b5a697887';

const at = (file: string, ruleId: string, startLine: number, commit = ''): IgnoreKey => ({
  file,
  ruleId,
  startLine,
  commit,
});

describe('IgnoreSet', () => {
  const set = new IgnoreSet().add(
    [
      '# reviewed 2024-05: test doubles',
      '',
      'test/fixtures/creds.env:generic-api-key:3',
      `  ${COMMIT}:src/old.ts:aws-access-key-id:12  `,
      'abcdef1:src/short.ts:slack-token:4',
      'docs\\windows\\guide.md:generic-api-key:7',
      './src/dot.ts:generic-api-key:1',
      'docs/a:b.md:generic-api-key:9',
    ].join('\r\n'),
    '.gitleaksignore',
  );

  it.each([
    ['a file fingerprint in a directory scan', at('test/fixtures/creds.env', 'generic-api-key', 3), true],
    [
      'a file fingerprint in every commit of history (gitleaks semantics)',
      at('test/fixtures/creds.env', 'generic-api-key', 3, COMMIT),
      true,
    ],
    ['another line of the same file', at('test/fixtures/creds.env', 'generic-api-key', 4), false],
    ['another rule on the same line', at('test/fixtures/creds.env', 'private-key', 3), false],
    ['a commit fingerprint in its commit', at('src/old.ts', 'aws-access-key-id', 12, COMMIT), true],
    ['a commit fingerprint in another commit', at('src/old.ts', 'aws-access-key-id', 12, OTHER), false],
    ['a commit fingerprint outside git', at('src/old.ts', 'aws-access-key-id', 12), false],
    ['an abbreviated commit', at('src/short.ts', 'slack-token', 4, 'ABCDEF1234567890abcdef1234567890abcdef12'), true],
    ['a Windows path written with backslashes', at('docs/windows/guide.md', 'generic-api-key', 7), true],
    ['a path written with ./', at('src/dot.ts', 'generic-api-key', 1), true],
    ['a path containing a colon', at('docs/a:b.md', 'generic-api-key', 9), true],
  ])('%s: %s', (_name, finding, ignored) => {
    expect(set.isIgnored(finding)).toBe(ignored);
  });

  it('skips comments and blank lines, and counts entries', () => {
    expect(set.size).toBe(6);
    expect(set.warnings).toEqual([]);
  });

  it('skips lines that are not fingerprints, with a warning like gitleaks', () => {
    const odd = new IgnoreSet().add('just-a-file.txt\nsrc/a.ts:rule:notaline\n', '.gitleaksignore');
    expect(odd.size).toBe(0);
    expect(odd.warnings).toEqual([
      '.gitleaksignore:1: not a fingerprint, skipped; expected commit:file:rule-id:line or file:rule-id:line, e.g. src/app.ts:aws-access-key-id:12',
      '.gitleaksignore:2: not a fingerprint, skipped; expected commit:file:rule-id:line or file:rule-id:line, e.g. src/app.ts:aws-access-key-id:12',
    ]);
  });
});

describe('parseFingerprint', () => {
  it.each([
    [`${COMMIT}:src/a.ts:rule-x:5`, { commit: COMMIT, file: 'src/a.ts', ruleId: 'rule-x', startLine: 5 }],
    ['src/a.ts:rule-x:5', { commit: '', file: 'src/a.ts', ruleId: 'rule-x', startLine: 5 }],
    ['src/a.ts:5', null],
  ])('%s', (text, expected) => {
    expect(parseFingerprint(text)).toEqual(expected);
  });
});

describe('loadIgnoreFile', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'leakhound-ignore-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is empty when the root has no ignore file', async () => {
    const set = await loadIgnoreFile(root);
    expect(set.size).toBe(0);
    expect(set.isIgnored(at('a.ts', 'r', 1))).toBe(false);
  });

  it('reads both .gitleaksignore and .leakhoundignore', async () => {
    await writeFile(join(root, '.gitleaksignore'), 'a.ts:r:1\n');
    await writeFile(join(root, '.leakhoundignore'), '# ours\nb.ts:r:2\n');
    const set = await loadIgnoreFile(root);
    expect(set.isIgnored(at('a.ts', 'r', 1))).toBe(true);
    expect(set.isIgnored(at('b.ts', 'r', 2))).toBe(true);
  });

  it('refuses an ignore file it cannot read', async () => {
    await mkdir(join(root, '.gitleaksignore'));
    await expect(loadIgnoreFile(root)).rejects.toThrow(
      `${join(root, '.gitleaksignore')}: cannot read the ignore file (EISDIR); check its permissions`,
    );
  });

  it('refuses an ignore file that is a link to a device, instead of reading it for ever', async () => {
    await symlink('/dev/zero', join(root, '.leakhoundignore'));
    await expect(loadIgnoreFile(root)).rejects.toThrow(
      `${join(root, '.leakhoundignore')}: the ignore file is not a regular file (a FIFO, device or link to one); replace it with a text file`,
    );
  });
});
