// Finds base64, hex and percent-encoded segments and decodes those that turn out to be text,
// so a credential in a Kubernetes Secret or an encoded blob is still found. The caller scans
// the decoded text and reports at the encoded segment's location.

export type Encoding = 'base64' | 'hex' | 'percent';

export interface DecodedSegment {
  encoding: Encoding;
  /** Offset and length of the encoded text in the fragment. */
  start: number;
  end: number;
  text: string;
}

export const DECODE_LIMITS = {
  /** Encoded segments shorter than this are not worth decoding: too short to hide a key. */
  minLength: 16,
  /** Segments longer than this are skipped (a whole embedded binary, not a credential). */
  maxSegmentLength: 64 * 1024,
  /** Total decoded characters per fragment and depth. */
  maxTotal: 1024 * 1024,
};

// Percent-encoded runs are rare, so a regex serves; it matches a maximal run of one class of
// characters, so it never backtracks.
const PERCENT = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!$&'()*+,;=:@/?#[\]-])+/g;

// Character classes for the base64/hex run scanner, one table lookup per character.
const B64 = 1;
const HEXC = 2;
const WORD = 4;
const LOWER = 8;
const UPPER = 16;
const MIXED = 32; // digit or base64 symbol
/**
 * Each ASCII character's classes: base64 [A-Za-z0-9+/_-], hex [0-9a-fA-F], word \w, lower,
 * upper, mixed [0-9+/_-]. Filled by character ranges: every process builds it when it loads
 * (a hook among them), and 768 regex tests took ~0.3 ms of that.
 */
export const CHAR_CLASS = new Uint8Array(128);
function mark(from: string, to: string, bits: number): void {
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) CHAR_CLASS[c]! |= bits;
}
mark('a', 'z', B64 | WORD | LOWER);
mark('A', 'Z', B64 | WORD | UPPER);
mark('0', '9', B64 | HEXC | WORD | MIXED);
mark('a', 'f', HEXC);
mark('A', 'F', HEXC);
mark('_', '_', B64 | WORD | MIXED);
for (const c of '+/-') mark(c, c, B64 | MIXED);

/** 1 for the characters of both base64 alphabets (A-Z a-z 0-9 + / _ -), for scans of their own. */
export const BASE64_ALPHABET = CHAR_CLASS.map((t) => t & B64);
/** Shortest base64-alphabet run worth decoding: shorter is too short for base64 even with `==` after it. */
export const RUN_MIN = DECODE_LIMITS.minLength - 2;

/** Appends [start, end) of every maximal base64-alphabet run of at least RUN_MIN characters in `text`; returns `runs`. */
export function base64Runs(text: string, runs: number[] = []): number[] {
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && BASE64_ALPHABET[c] === 1) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      if (i - run >= RUN_MIN) runs.push(run, i);
      run = -1;
    }
  }
  if (run >= 0 && text.length - run >= RUN_MIN) runs.push(run, text.length);
  return runs;
}

const EQ = 61;
/** Hex runs shorter than this are ids and hashes' prefixes, not encoded text. */
const MIN_HEX = 24;

/**
 * The encoded segments of `text` worth decoding. `runs` ([start, end) pairs, ascending): the
 * maximal base64-alphabet runs of at least 14 characters, when the caller found them already
 * (the keyword scan does, in the same pass); without it they are found here.
 */
export function findDecodable(text: string, runs: readonly number[] = base64Runs(text)): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  let budget = DECODE_LIMITS.maxTotal;
  const push = (encoding: Encoding, start: number, end: number, decoded: string | null): void => {
    if (decoded === null || budget <= 0) return;
    budget -= decoded.length;
    out.push({ encoding, start, end, text: decoded });
  };
  const fits = (len: number): boolean => len >= DECODE_LIMITS.minLength && len <= DECODE_LIMITS.maxSegmentLength;

  // Maximal base64-alphabet runs (found in one pass, so a 2 MB line of hex digits costs one
  // pass; most runs are identifiers too short to be either encoding and are not reported).
  // Hex runs lie inside base64-alphabet runs.
  const onRun = (start: number, i: number, flags: number): void => {
    // Hex runs that end inside this run; the one that ends with it is judged after base64.
    let hexStart = -1;
    if (i - start >= MIN_HEX) {
      for (let j = start; j < i; j++) {
        const t = CHAR_CLASS[text.charCodeAt(j)]!;
        if (t & HEXC) {
          if (hexStart < 0) hexStart = j;
        } else if (hexStart >= 0) {
          // A hex run inside a longer word is part of an identifier, not an encoding.
          if (j - hexStart >= MIN_HEX && fits(j - hexStart) && !(t & WORD) && !isWordChar(text, hexStart - 1))
            push('hex', hexStart, j, decodeHex(text.slice(hexStart, j)));
          hexStart = -1;
        }
      }
    }
    let end = i;
    if (text.charCodeAt(i) === EQ) end += text.charCodeAt(i + 1) === EQ ? 2 : 1;
    // Identifiers and words match the alphabet too; base64 of text mixes letters with
    // digits or symbols (upper case alone is common: base64 of `AKIA…` ids), and a
    // camelCase name would decode to binary anyway.
    if (flags & MIXED && flags & (LOWER | UPPER) && fits(end - start))
      push('base64', start, end, decodeBase64(text.slice(start, end)));
    // What ends a base64-alphabet run is never a word character.
    if (hexStart >= 0 && i - hexStart >= MIN_HEX && fits(i - hexStart) && !isWordChar(text, hexStart - 1))
      push('hex', hexStart, i, decodeHex(text.slice(hexStart, i)));
  };
  for (let r = 0; r < runs.length && budget > 0; r += 2) {
    const start = runs[r]!;
    const i = runs[r + 1]!;
    let flags = 0;
    for (let j = start; j < i; j++) flags |= CHAR_CLASS[text.charCodeAt(j)]!;
    onRun(start, i, flags);
  }
  if (budget > 0 && text.includes('%') && /%[0-9A-Fa-f]{2}/.test(text)) {
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m !== null && budget > 0; m = PERCENT.exec(text)) {
      const seg = m[0];
      if (fits(seg.length) && countEscapes(seg) >= 3)
        push('percent', m.index, m.index + seg.length, decodePercent(seg));
    }
  }
  return out;
}

function decodeBase64(s: string): string | null {
  const body = s.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return null;
  return printable(Buffer.from(body, urlSafe ? 'base64url' : 'base64'));
}

function decodeHex(s: string): string | null {
  // Hashes and ids are hex too; they decode to binary and are rejected below.
  if (s.length % 2 === 1) return null;
  return printable(Buffer.from(s, 'hex'));
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function countEscapes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('%'); i !== -1 && n < 3; i = s.indexOf('%', i + 1)) n++;
  return n;
}

function decodePercent(s: string): string | null {
  try {
    const d = decodeURIComponent(s);
    return d === s ? null : d;
  } catch {
    return null;
  }
}

/** Decoded bytes as text when they look like text (mostly printable ASCII/UTF-8), else null. */
function printable(buf: Buffer): string | null {
  if (buf.length < 8) return null;
  // Most runs decode to random bytes: stop at the first control character.
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b >= 32 ? b === 127 : b !== 9 && b !== 10 && b !== 13) return null;
  }
  const text = buf.toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}
