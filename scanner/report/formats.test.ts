import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { cell, csv } from './csv.js';
import { FINDING_FIELDS, json } from './json.js';
import { escapeAttr, escapeText, junit } from './junit.js';
import type { ReportInput } from './reporter.js';
import { formatBytes, formatMs, printable, text } from './text.js';
import { makeFinding } from '../../test/helpers/finding.js';

function finding(over: Partial<Finding> = {}): Finding {
  return makeFinding({
    secret: 'synthetic-secret-0009',
    match: 'value = synthetic-secret-0009',
    startColumn: 9,
    endColumn: 29,
    tags: ['one', 'two'],
    ...over,
  });
}

function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    findings: [finding()],
    skipped: [],
    rules: [],
    tool: { name: 'leakhound', version: '0.0.0', informationUri: 'https://example.com/leakhound' },
    ...over,
  };
}

const PLAIN = { redact: false, color: false } as const;

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['l1\nl2', '"l1\nl2"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=A1,"b"', `"'=A1,""b"""`],
  ])('writes the cell %j as %j', (raw, expected) => {
    expect(cell(raw)).toBe(expected);
  });

  it('writes only the header row, CRLF-terminated, when there are no findings', () => {
    expect(csv(input({ findings: [] }), PLAIN)).toBe(`${FINDING_FIELDS.join(',')}\r\n`);
  });

  it('joins tags with a space', () => {
    expect(csv(input(), PLAIN).split('\r\n')[1]).toContain(',one two,');
  });
});

describe('json', () => {
  it('writes the contract fields in order and nothing else', () => {
    const extra = { ...finding(), line: 'internal detail' } as Finding;
    const [out] = JSON.parse(json(input({ findings: [extra] }), PLAIN));
    expect(Object.keys(out)).toEqual([...FINDING_FIELDS]);
  });

  it('writes an empty array when there are no findings, even with skipped inputs', () => {
    const skipped = [{ file: 'a.png', reason: 'binary' as const }];
    expect(json(input({ findings: [], skipped }), PLAIN)).toBe('[]\n');
  });
});

describe('junit', () => {
  it('reports a clean scan as one passing testcase', () => {
    const out = junit(input({ findings: [] }), PLAIN);
    expect(out).toContain('failures="0"');
    expect(out).toContain('<testcase classname="leakhound" name="no secrets found" time="0"/>');
  });

  it('drops characters XML 1.0 cannot carry and escapes markup', () => {
    const out = junit(input({ findings: [finding({ match: 'a\u0000b\u001bc\uFFFE<&>"\uD800' })] }), PLAIN);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uD800]/);
    expect(out).toContain('match: abc&lt;&amp;&gt;"');
  });

  it.each([
    ['<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['l1\nl2\tx\ry', 'l1&#10;l2&#9;x&#13;y'],
  ])('escapes the attribute %j as %j', (raw, expected) => {
    expect(escapeAttr(raw)).toBe(expected);
  });

  it('keeps line breaks in text content', () => {
    expect(escapeText('l1\nl2')).toBe('l1\nl2');
  });

  it('lists skipped inputs as skipped testcases', () => {
    const out = junit(input({ skipped: [{ file: 'big.bin', reason: 'too-large', detail: '2 GB' }] }), PLAIN);
    expect(out).toContain('skipped="1"');
    expect(out).toContain('<skipped message="larger than the size limit (2 GB)"/>');
  });
});

describe('text', () => {
  const ESC = '\u001b[';

  it('colours by severity only when options.color is on, whatever the environment says', () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      expect(text(input(), PLAIN)).not.toContain(ESC);
      expect(text(input(), { ...PLAIN, color: true })).toContain(`${ESC}31mHIGH`);
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });

  it('shows control characters in file names and secrets as escapes', () => {
    const out = text(input({ findings: [finding({ file: 'evil\u001b]0;x\u0007.txt', secret: 'l1\nl2' })] }), PLAIN);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters.
    expect(out).not.toMatch(/[\u0007\u001b]/);
    expect(out).toContain('evil\\x1b]0;x\\x07.txt');
    expect(out).toContain('l1\\nl2');
  });

  it.each([
    [[finding()], undefined, '1 finding in 1 file'],
    [[], undefined, 'No findings'],
    [[], { files: 3, bytes: 999, ms: 1500 }, 'No findings (3 files, 999 B scanned in 1.5 s)'],
  ])('summarises %# as %j', (findings, scanned, expected) => {
    const out = text(input({ findings, ...(scanned ? { scanned } : {}) }), PLAIN);
    expect(out.trimEnd().split('\n').at(-1)).toBe(expected);
  });

  it('notes skipped inputs by reason and names them', () => {
    const skipped = [
      { file: 'b.png', reason: 'binary' as const },
      { file: 'a.png', reason: 'binary' as const },
      { file: 'big.sql', reason: 'too-large' as const },
    ];
    const lines = text(input({ skipped }), PLAIN).trimEnd().split('\n');
    expect(lines.slice(-4)).toEqual([
      '3 files skipped: 2 binary, 1 larger than the size limit',
      '  binary                      a.png',
      '  binary                      b.png',
      '  larger than the size limit  big.sql',
    ]);
  });

  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [1_234_567, '1.2 MB'],
    [999_960, '1.0 MB'],
  ])('formats %i bytes as %j', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([
    [40, '40 ms'],
    [1499, '1.5 s'],
  ])('formats %i ms as %j', (ms, expected) => {
    expect(formatMs(ms)).toBe(expected);
  });

  it('leaves printable text alone', () => {
    expect(printable('plain ünïcode')).toBe('plain ünïcode');
  });
});
