import { describe, expect, it } from 'vitest';
import { addedPieces } from './diff-scan.js';

const file = (n: number): string => `${Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n')}\n`;

describe('addedPieces', () => {
  it('keeps added lines with context at their own line numbers', () => {
    const pieces = addedPieces(file(100), [50, 50]);
    expect(pieces).toHaveLength(1);
    const lines = pieces[0]!.split('\n');
    expect(lines[49]).toBe('line 50');
    expect(lines.slice(46, 53).every((l) => l.startsWith('line '))).toBe(true);
    expect(lines.slice(0, 46).every((l) => l === '')).toBe(true);
    expect(lines).toHaveLength(53);
  });

  it('merges close runs and keeps distant ones apart', () => {
    expect(addedPieces(file(200), [10, 10, 14, 14])).toHaveLength(1);
    expect(addedPieces(file(200), [10, 10, 100, 101])).toHaveLength(2);
  });

  it('scans the whole text when most of it is added', () => {
    const text = file(10);
    expect(addedPieces(text, [1, 10])).toEqual([text]);
  });
});
