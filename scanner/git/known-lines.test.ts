import { describe, expect, it } from 'vitest';
import { CONTEXT_LINES, KeyCache, KeySet, lineKeys, newLineFragments } from './known-lines.js';

const fragments = (text: string, base: string): string[] => {
  const bytes = Buffer.from(text);
  return newLineFragments(bytes, lineKeys(bytes), new KeySet(lineKeys(Buffer.from(base)).keys)) ?? [text];
};

const file = (n: number, change: Record<number, string> = {}): string =>
  Array.from({ length: n }, (_, i) => change[i + 1] ?? `line ${i + 1}`).join('\n');

describe('newLineFragments', () => {
  it('returns nothing when every line was in the replaced version', () => {
    expect(fragments('b\na\n', 'a\nb\nc\n')).toEqual([]);
  });

  it('keeps a new line with its context, at its real line number', () => {
    const [frag, ...rest] = fragments(file(40, { 20: 'changed' }), file(40));
    expect(rest).toEqual([]);
    const lines = frag!.split('\n');
    expect(lines).toHaveLength(20 + CONTEXT_LINES);
    expect(lines[19]).toBe('changed');
    expect(lines.slice(0, 20 - CONTEXT_LINES - 1).every((l) => l === '')).toBe(true);
    expect(lines[20 - CONTEXT_LINES - 1]).toBe(`line ${20 - CONTEXT_LINES}`);
  });

  it('scans distant changes as separate fragments, so no match spans the lines between', () => {
    const frags = fragments(file(100, { 10: 'key =', 90: 'value' }), file(100));
    expect(frags).toHaveLength(2);
    expect(frags[1]!.split('\n')[89]).toBe('value');
    expect(frags[1]!.includes('key =')).toBe(false);
  });

  it('decodes each fragment as UTF-8 on its own', () => {
    const frags = fragments('a\nb\nc\nd\ne\nf\ng\nh\nünïcødé', 'a\nb\nc\nd\ne\nf\ng\nh\nx');
    expect(frags[0]!.endsWith('ünïcødé')).toBe(true);
  });

  it('returns the text itself when everything is new', () => {
    expect(fragments('x\ny', 'a\nb')).toEqual(['x\ny']);
  });
});

describe('lineKeys', () => {
  it('finds every line and keys it by content alone, wherever it sits', () => {
    let seed = 5;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const pieces = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', '\r', 'é', '  key = 1;', 'x'.repeat(17), '\u0000\u00ff'];
    const keyOf = new Map<string, number>();
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]!);
      const bytes = Buffer.from(lines.join('\n'));
      // Offsets are the same in a larger buffer at any alignment.
      const pad = rand(4);
      const view = Buffer.concat([Buffer.alloc(pad, 0x0a), bytes]).subarray(pad);
      const { keys, starts } = lineKeys(view, rand(2) === 0);
      const want: number[] = [];
      for (let at = 0, i = 0; i < lines.length; i++) {
        want.push(at);
        at += Buffer.byteLength(lines[i]!) + 1;
      }
      expect([...starts]).toEqual(want);
      lines.forEach((l, i) => {
        const known = keyOf.get(l);
        if (known === undefined) keyOf.set(l, keys[i]!);
        else expect(keys[i], JSON.stringify(l)).toBe(known);
      });
    }
    // Different lines, different keys.
    expect(new Set(keyOf.values()).size).toBe(keyOf.size);
  });

  it('gives equal lines equal keys and different lines different keys', () => {
    const { keys, starts } = lineKeys(Buffer.from('same\nother\nsame\r\nsame'));
    expect([...starts]).toEqual([0, 5, 11, 17]);
    expect(keys[0]).toBe(keys[3]);
    expect(new Set(keys).size).toBe(3);
  });
});

describe('KeyCache', () => {
  it('evicts the oldest versions beyond its budget of hash-table slots', () => {
    // Ten keys take a table of 32 slots: four versions fit in 128.
    const cache = new KeyCache(128);
    for (let b = 1; b <= 5; b++) cache.set(b, new Float64Array(10));
    expect([1, 2, 3, 4, 5].map((b) => cache.get(b) !== undefined)).toEqual([false, true, true, true, true]);
  });
});

describe('KeyCache ring', () => {
  it('keeps every version it still holds intact through many wraps of mixed sizes', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const cache = new KeyCache(1024);
    const keysOf = new Map<number, Float64Array>();
    for (let b = 0; b < 400; b++) {
      const keys = Float64Array.from({ length: 1 + rand(60) }, (_, i) => b * 1000 + i + 1);
      keysOf.set(b, keys);
      cache.set(b, keys);
      // The newest version is always kept; every version still held answers for all its keys
      // and for no key of another version (a table overwritten by a later one would not).
      expect(cache.get(b)).toBeDefined();
      for (const [v, ks] of keysOf) {
        const set = cache.get(v);
        if (!set) continue;
        for (const k of ks) expect(set.has(k)).toBe(true);
        expect(set.has((v + 1) * 1000 + 1)).toBe(false);
      }
    }
    // Oldest go first: what is kept is a run of the most recent versions.
    const kept = [...keysOf.keys()].filter((b) => cache.get(b) !== undefined);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 400 - kept.length + i));
    expect(kept.length).toBeGreaterThan(4);
  });
});

describe('KeySet', () => {
  it('answers membership for every key it holds, zero included, and for no other', () => {
    const keys = new Float64Array([0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 123456789, 2 ** 40 + 5]);
    const set = new KeySet(keys);
    for (const k of keys) expect(set.has(k)).toBe(true);
    for (const k of [3, 2 ** 32 + 2, 2 ** 52, 987654321]) expect(set.has(k)).toBe(false);
    expect(new KeySet(new Float64Array([5])).has(0)).toBe(false);
  });
});
