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

// Each pattern is a maximal run of one character class, so a match never backtracks: a
// 2 MB line of hex digits costs one pass, not a quadratic retry at every offset.
const BASE64 = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX = /[0-9a-fA-F]{24,}/g;
const PERCENT = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!$&'()*+,;=:@/?#[\]-])+/g;

export function findDecodable(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  let budget = DECODE_LIMITS.maxTotal;
  const take = (encoding: Encoding, re: RegExp, decode: (s: string, start: number) => string | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && budget > 0; m = re.exec(text)) {
      const s = m[0];
      if (s.length < DECODE_LIMITS.minLength || s.length > DECODE_LIMITS.maxSegmentLength) continue;
      const decoded = decode(s, m.index);
      if (decoded === null) continue;
      budget -= decoded.length;
      out.push({ encoding, start: m.index, end: m.index + s.length, text: decoded });
    }
  };
  take('base64', BASE64, decodeBase64);
  take('hex', HEX, (s, start) => (isWordChar(text, start - 1) || isWordChar(text, start + s.length) ? null : decodeHex(s)));
  if (/%[0-9A-Fa-f]{2}/.test(text)) take('percent', PERCENT, (s) => (countEscapes(s) >= 3 ? decodePercent(s) : null));
  return out;
}

function decodeBase64(s: string): string | null {
  // Identifiers and words match the alphabet too; real base64 of text nearly always mixes
  // digits or symbols in, and a plain camelCase name would decode to binary anyway.
  if (!/[0-9+/=_-]/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s)) return null;
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
