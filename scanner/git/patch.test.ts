import { describe, expect, it } from 'vitest';
import { atItsLines, PatchReader, touchesAdded, unquote, type FileChange, type PatchReaderOptions } from './patch.js';

function parse(text: string, chunk = 7, options: PatchReaderOptions = {}): FileChange[] {
  const out: FileChange[] = [];
  const r = new PatchReader((f) => out.push(f), options);
  const buf = Buffer.from(text, 'utf8');
  for (let i = 0; i < buf.length; i += chunk) r.push(buf.subarray(i, i + chunk));
  r.end();
  return out;
}

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('PatchReader', () => {
  it('collects added line ranges of the new version from -U0 hunks', () => {
    const files = parse(
      [
        'diff --git a/x.txt b/x.txt',
        `index ${A}..${B} 100644`,
        '--- a/x.txt',
        '+++ b/x.txt',
        '@@ -1 +1,2 @@',
        '-old',
        '+new 1',
        '+new 2',
        '@@ -9,0 +11 @@',
        '+--- looks like a header but is an added line',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    expect(files).toEqual([
      { commit: '', path: 'x.txt', oid: B, mode: '100644', binary: false, added: [1, 2, 11, 11] },
    ]);
  });

  it('counts context lines that interHunkContext merges into one hunk', () => {
    const [f] = parse(
      [
        'diff --git a/k b/k',
        `index ${A}..${B} 100644`,
        '--- a/k',
        '+++ b/k',
        '@@ -1,3 +1,3 @@',
        '+one',
        ' same',
        '-gone',
        '+three',
        '',
      ].join('\n'),
    );
    expect(f!.added).toEqual([1, 1, 3, 3]);
  });

  it('reads combined diffs: only lines new against every parent are added', () => {
    const files = parse(
      [
        C,
        'diff --cc f',
        `index ${A},${B}..${C}`,
        '--- a/f',
        '+++ b/f',
        '@@@ -1,2 -1,2 +1,3 @@@',
        ' -a',
        ' +A',
        '- b',
        '+ B',
        '++C',
        '',
      ].join('\n'),
    );
    expect(files).toEqual([{ commit: C, path: 'f', oid: C, mode: null, binary: false, added: [3, 3] }]);
  });

  it('follows renames, deletions, binaries and commit lines of diff-tree --stdin', () => {
    const files = parse(
      [
        A,
        'diff --git a/old name.txt b/new name.txt',
        'similarity index 100%',
        'rename from old name.txt',
        'rename to new name.txt',
        'diff --git a/gone b/gone',
        'deleted file mode 100644',
        `index ${B}..${'0'.repeat(40)}`,
        '--- a/gone',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-x',
        B,
        'diff --git a/img.png b/img.png',
        'new file mode 100644',
        `index ${'0'.repeat(40)}..${C}`,
        'Binary files /dev/null and b/img.png differ',
        '',
      ].join('\n'),
    );
    expect(files.map((f) => [f.commit, f.path, f.oid, f.binary])).toEqual([
      [A, 'new name.txt', null, false],
      [A, 'gone', null, false],
      [B, 'img.png', C, true],
    ]);
  });

  it.each([
    ['"a\\\\b\\"c.txt"', 'a\\b"c.txt'],
    ['"\\303\\274ber.txt"', 'über.txt'],
    ['"tab\\there"', 'tab\there'],
    ['plain.txt', 'plain.txt'],
  ])('unquotes git path %s', (quoted, path) => {
    expect(unquote(quoted)).toBe(path);
  });
});

describe('PatchReader with keepText', () => {
  const patch = [
    'diff --git a/x.txt b/x.txt',
    `index ${A}..${B} 100644`,
    '--- a/x.txt',
    '+++ b/x.txt',
    '@@ -2,4 +2,5 @@ function f() {',
    ' two',
    ' three',
    '-old',
    '+new \u00fcber',
    '+added\r',
    ' five',
    '@@ -20,2 +21,3 @@',
    ' twenty-one',
    '+twenty-two',
    ' twenty-three',
    '\\ No newline at end of file',
    'diff --git a/y.txt b/y.txt',
    `index ${B}..${C} 100644`,
    '--- a/y.txt',
    '+++ b/y.txt',
    '@@ -1 +1 @@',
    '-a',
    '+b',
    '',
  ].join('\n');

  it('keeps the new version of each hunk with the line it starts at, as UTF-8', () => {
    for (const chunk of [1, 3, 7, 4096]) {
      const [x, y] = parse(patch, chunk, { keepText: { maxBytes: 1000, totalBytes: 1000 } });
      expect(x!.text).toEqual([
        { line: 2, text: 'two\nthree\nnew \u00fcber\nadded\r\nfive' },
        { line: 21, text: 'twenty-one\ntwenty-two\ntwenty-three' },
      ]);
      expect(x!.added).toEqual([4, 5, 22, 22]);
      // Bytes of the eight kept lines (ü is two), each with its line feed.
      expect(x!.textBytes).toBe(59 + 8);
      expect(y!.text).toEqual([{ line: 1, text: 'b' }]);
      // At its lines, each hunk numbers its lines as the file does.
      const [one, two] = x!.text!.map((h) => atItsLines(h).split('\n'));
      expect(one!.indexOf('new \u00fcber') + 1).toBe(4);
      expect(two!.indexOf('twenty-two') + 1).toBe(22);
    }
  });

  it('drops the text of a file whose hunks pass maxBytes', () => {
    const [x, y] = parse(patch, 7, { keepText: { maxBytes: 20, totalBytes: 1000 } });
    expect(x!.text).toBeNull();
    expect(x!.textBytes).toBeGreaterThan(20);
    expect(x!.added).toEqual([4, 5, 22, 22]);
    expect(y!.text).toEqual([{ line: 1, text: 'b' }]);
  });

  it('drops the text of the files that would take all files past totalBytes, and keeps fitting ones after', () => {
    // x.txt alone is 67 bytes: it does not fit in 60, y.txt's 2 bytes still do.
    const [x, y] = parse(patch, 7, { keepText: { maxBytes: 1000, totalBytes: 60 } });
    expect(x!.text).toBeNull();
    expect(y!.text).toEqual([{ line: 1, text: 'b' }]);
    // Once x.txt is kept (67 of 68), y.txt is the one left to its blob.
    const [x2, y2] = parse(patch, 7, { keepText: { maxBytes: 1000, totalBytes: 68 } });
    expect(x2!.text).toHaveLength(2);
    expect(y2!.text).toBeNull();
  });

  it('keeps nothing unless asked', () => {
    const [x] = parse(patch);
    expect(x!.text).toBeUndefined();
  });
});

describe('touchesAdded', () => {
  it.each([
    [[3, 5], 1, 2, false],
    [[3, 5], 2, 3, true],
    [[3, 5, 9, 9], 6, 8, false],
    [[3, 5, 9, 9], 8, 12, true],
  ])('ranges %j and lines %i..%i → %s', (ranges, start, end, hit) => {
    expect(touchesAdded(ranges, start, end)).toBe(hit);
  });
});
