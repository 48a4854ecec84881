import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

const native = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches node:crypto at every length around the block boundaries, and beyond', () => {
    for (let n = 0; n <= 300; n++) {
      const s = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7 + n) % 95))).join('');
      expect(sha256Hex(s), `length ${n}`).toBe(native(s));
    }
    const long = 'rule:file:secret/'.repeat(70_000);
    expect(sha256Hex(long)).toBe(native(long));
  });

  it('encodes as node:crypto does: UTF-8, with a lone surrogate as U+FFFD', () => {
    for (const s of ['clé', '密钥=秘密', '😀 key', 'a\uD800b', '\uDC00', 'x\u0000y'])
      expect(sha256Hex(s), JSON.stringify(s)).toBe(native(s));
  });
});
