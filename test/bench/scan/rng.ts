// A seeded random source for the scan corpus: the same seed gives the same corpus, byte for
// byte, so numbers from two runs (or two machines) describe the same input.

import { UPPER } from '../../../rules/fixture-kit.js';

export { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, UPPER } from '../../../rules/fixture-kit.js';
export const B32 = `${UPPER}234567`;
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  str(charset: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += charset[Math.floor(this.next() * charset.length)];
    return out;
  }

  /** A child generator, so one part of the corpus can change without shifting the others. */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}

export const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
