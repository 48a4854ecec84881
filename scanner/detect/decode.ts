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
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let t = 0;
  if (/[A-Za-z0-9+/_-]/.test(ch)) t |= B64;
  if (/[0-9a-fA-F]/.test(ch)) t |= HEXC;
  if (/\w/.test(ch)) t |= WORD;
  if (/[a-z]/.test(ch)) t |= LOWER;
  if (/[A-Z]/.test(ch)) t |= UPPER;
  if (/[0-9+/_-]/.test(ch)) t |= MIXED;
  CLASS[c] = t;
}

const EQ = 61;

export function findDecodable(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  let budget = DECODE_LIMITS.maxTotal;
  const push = (encoding: Encoding, start: number, end: number, decoded: string | null): void => {
    if (decoded === null || budget <= 0) return;
    budget -= decoded.length;
    out.push({ encoding, start, end, text: decoded });
  };
  const fits = (len: number): boolean => len >= DECODE_LIMITS.minLength && len <= DECODE_LIMITS.maxSegmentLength;

  // One pass over the text finds maximal base64-alphabet runs and maximal hex runs, so a
  // 2 MB line of hex digits costs one pass, and most runs are rejected on their class flags
  // before any substring is made.
  let b64Start = -1;
  let flags = 0;
  let hexStart = -1;
  for (let i = 0; i <= text.length && budget > 0; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const t = c < 128 ? CLASS[c]! : 0;
    if (t & B64) {
      if (b64Start < 0) {
        b64Start = i;
        flags = 0;
      }
      flags |= t;
    } else if (b64Start >= 0) {
      let end = i;
      if (c === EQ) end += text.charCodeAt(i + 1) === EQ ? 2 : 1;
      // Identifiers and words match the alphabet too; base64 of text mixes letters with
      // digits or symbols (upper case alone is common: base64 of `AKIA…` ids), and a
      // camelCase name would decode to binary anyway.
      if (flags & MIXED && flags & (LOWER | UPPER) && fits(end - b64Start)) {
        push('base64', b64Start, end, decodeBase64(text.slice(b64Start, end)));
      }
      b64Start = -1;
    }
    if (t & HEXC) {
      if (hexStart < 0) hexStart = i;
    } else if (hexStart >= 0) {
      const len = i - hexStart;
      // A hex run inside a longer word is part of an identifier, not an encoding.
      if (len >= 24 && fits(len) && !(t & WORD) && !isWordChar(text, hexStart - 1)) {
        push('hex', hexStart, i, decodeHex(text.slice(hexStart, i)));
      }
      hexStart = -1;
    }
  }
  if (budget > 0 && /%[0-9A-Fa-f]{2}/.test(text)) {
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
  let bad = 0;
  for (const b of buf) {
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127)) continue;
    if (b >= 128) continue;
    bad++;
  }
  if (bad > 0) return null;
  const text = buf.toString('utf8');
  return text.includes('\uFFFD') ? null : text;
}
