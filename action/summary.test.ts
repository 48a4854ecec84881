import { describe, expect, it } from 'vitest';
import type { Finding } from '../scanner/finding.js';
import { annotationsFor, MAX_ANNOTATIONS } from './annotations.js';
import { summaryMarkdown } from './summary.js';
import { makeFinding } from '../test/helpers/finding.js';

function finding(over: Partial<Finding> = {}): Finding {
  return makeFinding({
    secret: 'synthetic-secret-0042',
    match: 'k = synthetic-secret-0042',
    file: 'src/a|b <x>.txt',
    startLine: 3,
    endLine: 3,
    commit: 'c'.repeat(40),
    author: 'Ada',
    email: 'ada@example.test',
    date: '2024-01-01T00:00:00Z',
    message: 'add',
    fingerprint: `${'c'.repeat(40)}:src/a|b <x>.txt:example-rule:3`,
    secretHash: 'h',
    ...over,
  });
}

describe('summaryMarkdown', () => {
  it('escapes cells so a file name cannot break the table or inject HTML', () => {
    const md = summaryMarkdown({
      scanned: 'push to main',
      findings: [finding()],
      skipped: [],
      suppressed: 0,
      redact: true,
    });
    const row = md.split('\n').find((l) => l.startsWith('| high'))!;
    expect(row.split(' | ')).toHaveLength(6);
    expect(row).toContain('src/a&#124;b &lt;x&gt;.txt:3');
    expect(row).toContain('<code>REDACTED</code>');
    expect(md).not.toContain('synthetic-secret-0042');
  });

  it('links the file at the commit that added it, with its path percent-encoded', () => {
    const md = summaryMarkdown({
      scanned: 'x',
      findings: [finding({ file: 'docs/read me.md' })],
      skipped: [],
      suppressed: 0,
      redact: true,
      links: { server: 'https://github.com', repository: 'o/r', sha: 'd'.repeat(40) },
    });
    expect(md).toContain(
      `<a href="https://github.com/o/r/blob/${'c'.repeat(40)}/docs/read%20me.md#L3">docs/read me.md:3</a>`,
    );
  });

  it('says what was scanned, suppressed and skipped when nothing was found', () => {
    const md = summaryMarkdown({
      scanned: 'push to main: 2 commits',
      findings: [],
      skipped: [{ file: 'a.png', reason: 'binary' }],
      suppressed: 2,
      redact: true,
    });
    expect(md).toBe(
      '## leakhound: no findings\n\n**Scanned:** push to main: 2 commits\n\n\n_2 findings suppressed by .gitleaksignore or the baseline; 1 file not scanned (binary, too large, missing or a submodule)._\n',
    );
  });
});

describe('annotationsFor', () => {
  it('redacts the secret and points at its columns', () => {
    const { annotations } = annotationsFor([finding()], true);
    expect(annotations[0]!.properties).toEqual({
      title: 'leakhound: example-rule',
      file: 'src/a|b <x>.txt',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 25,
    });
    expect(annotations[0]!.message).toContain('Secret: REDACTED.');
    expect(annotations[0]!.message).not.toContain('synthetic-secret-0042');
  });

  it(`annotates at most ${MAX_ANNOTATIONS} findings and counts the rest`, () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 3 }, (_, i) => finding({ startLine: i + 1, endLine: i + 1 }));
    const r = annotationsFor(many, true);
    expect(r.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(r.omitted).toBe(3);
  });
});
