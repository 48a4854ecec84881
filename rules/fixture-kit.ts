// Generators for rule fixtures. Test-only: fixtures build credential-shaped strings at run
// time so the repository never holds a live-looking literal. Seeded, so a failure reproduces.

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;

let state = 0x9e3779b9;

/** Reset the generator, e.g. in `beforeEach`, so each run sees the same strings. */
export function seed(n: number): void {
  state = n >>> 0 || 1;
}

function next(): number {
  // xorshift32: small, fast, good enough for test data.
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state;
}

/** `n` characters drawn from `charset`, with enough variety to pass entropy floors. */
export function rand(charset: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += charset[next() % charset.length];
  return out;
}

/** Builds a string from parts so that literal prefixes never sit next to a body in source. */
export function join(...parts: string[]): string {
  return parts.join('');
}

export const base64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
export const hex = (s: string | Buffer): string => Buffer.from(s).toString('hex');
