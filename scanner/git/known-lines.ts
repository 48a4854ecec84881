/**
 * Most of a file's new version repeats lines of the version it replaced, and those lines were
 * already scanned at the same path: any secret on them is already attributed to an earlier
 * commit, and the scan keeps the earliest. So only the new lines, with a margin of context
 * for matches that span lines, are scanned again.
 *
 * A version is remembered as the sorted 53-bit keys of its lines (8 bytes a line instead of
 * the text), so a small cache holds thousands of recent versions. Two 32-bit hashes make a
 * new line pass for a known one with odds of about one in 2^53 per line of ordinary text.
 *
 * Each run of new lines becomes its own fragment, preceded by as many empty lines as come
 * before it in the file, so line and column numbers are the real file's and no match can be
 * made across lines that were left out.
 */
export const CONTEXT_LINES = 3;
/** Runs of new lines closer than this are scanned as one, gap included. */
const JOIN_GAP = 8;

export interface Lines {
  /** Key of each line, in file order. */
  keys: Float64Array;
  /** Byte offset where each line starts. */
  starts: Int32Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Where each line of UTF-8 (or any ASCII-compatible) bytes starts, and its key. Lines are
 * hashed four bytes at a time; the hashes are fast, not cryptographic.
 */
export function lineKeys(bytes: Uint8Array): Lines {
  let n = 1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  const keys = new Float64Array(n);
  const starts = new Int32Array(n);
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  for (let line = 0; line < n; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    starts[line] = start;
    let h1 = 0x811c9dc5 ^ (end - start);
    let h2 = 0x9747b28c;
    let j = start;
    for (; j + 4 <= end; j += 4) {
      const w = words.getInt32(j, true);
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 + w, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    for (; j < end; j++) {
      const c = bytes[j]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 13);
    }
    keys[line] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
    start = end + 1;
  }
  return { keys, starts };
}

/**
 * The fragments of `bytes` that need scanning, as text, given the sorted keys of the version
 * it replaced: [] when no line is new, null when every line is (scan the whole blob).
 */
export function newLineFragments(bytes: Uint8Array, lines: Lines, base: Float64Array): string[] | null {
  const { keys, starts } = lines;
  const n = keys.length;
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (has(base, keys[i]!)) continue;
    const to = Math.min(n - 1, i + CONTEXT_LINES);
    for (let j = Math.max(0, i - CONTEXT_LINES); j <= to; j++) {
      if (keep[j] === 0) {
        keep[j] = 1;
        kept++;
      }
    }
  }
  if (kept === n) return null;
  const out: string[] = [];
  for (let i = 0; i < n; ) {
    if (keep[i] === 0) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i; j < n && j - end <= JOIN_GAP; j++) if (keep[j] === 1) end = j;
    const stop = end + 1 < n ? starts[end + 1]! - 1 : bytes.length;
    // Cut at LF bytes, which never occur inside a UTF-8 sequence, so each piece decodes alone.
    out.push('\n'.repeat(i) + utf8.decode(bytes.subarray(starts[i]!, stop)));
    i = end + 1;
  }
  return out;
}

function has(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Line keys of recently scanned versions by blob number, oldest evicted beyond a budget of keys. */
export class KeyCache {
  private readonly versions = new Map<number, Float64Array>();
  private size = 0;

  constructor(private readonly budget: number) {}

  get(blob: number): Float64Array | undefined {
    return this.versions.get(blob);
  }

  /** Keeps `keys` (sorted in place) for the next version of the file. */
  set(blob: number, keys: Float64Array): void {
    if (keys.length > this.budget / 4 || this.versions.has(blob)) return;
    this.versions.set(blob, keys.sort());
    this.size += keys.length;
    for (const [k, v] of this.versions) {
      if (this.size <= this.budget) break;
      this.versions.delete(k);
      this.size -= v.length;
    }
  }
}
