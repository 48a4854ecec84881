/**
 * Most of a file's new version repeats lines of the version it replaced, and those lines were
 * already scanned at the same path: any secret on them is already attributed to an earlier
 * commit, and the scan keeps the earliest. So only the new lines, with a margin of context
 * for matches that span lines, are scanned again.
 *
 * A version is remembered as a hash set of the 53-bit keys of its lines (16 bytes a line instead
 * of the text), so a small cache holds thousands of recent versions. Two 32-bit hashes make a
 * new line pass for a known one with odds of about one in 2^53 per line of ordinary text.
 *
 * Each run of new lines becomes its own fragment, preceded by as many empty lines as come
 * before it in the file, so line and column numbers are the real file's and no match can be
 * made across lines that were left out.
 */
import { atItsLines } from './patch.js';

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

/** Arrays reused across calls with `reuse` (see lineKeys), grown as needed. */
let scratchKeys = new Float64Array(0);
let scratchStarts = new Int32Array(0);

/**
 * Where each line of UTF-8 (or any ASCII-compatible) bytes starts, and its key: two 32-bit
 * hashes over the line's bytes as little-endian 4-byte words (the last zero-padded), then its
 * length. Fast, not cryptographic.
 *
 * One pass, four bytes at a time: each word is tested for a line feed in a few bit operations
 * (the zero-byte test on word XOR 0x0a0a0a0a), so lines are found while hashing. Finding them
 * with Buffer.indexOf first cost two native calls a line, as much again as the hashing.
 *
 * With `reuse`, the arrays are views of buffers shared by every such call, valid until the
 * next one: a history scan hashes every version of every file, and fresh arrays for each were
 * tens of MB of garbage per worker.
 */
export function lineKeys(bytes: Uint8Array, reuse = false): Lines {
  const len = bytes.length;
  let keys = reuse ? scratchKeys : new Float64Array(Math.max(16, (len >> 5) + 1));
  let starts = reuse ? scratchStarts : new Int32Array(keys.length);
  const words = new DataView(bytes.buffer, bytes.byteOffset, len);
  let n = 0;
  let start = 0;
  for (;;) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    let j = start;
    let end = -1;
    while (j + 4 <= len) {
      let w = words.getInt32(j, true);
      const x = w ^ 0x0a0a0a0a;
      // The lowest flagged byte is the first line feed (higher ones may be false alarms).
      const lf = (x - 0x01010101) & ~x & 0x80808080;
      if (lf !== 0) {
        const b = (31 - Math.clz32(lf & -lf)) >> 3;
        end = j + b;
        if (b === 0) break;
        w &= (1 << (b << 3)) - 1;
      }
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 + w, 0x5bd1e995);
      h2 ^= h2 >>> 13;
      if (end >= 0) break;
      j += 4;
    }
    if (end < 0) {
      // The last few bytes: the same words, assembled a byte at a time.
      let w = 0;
      let k = 0;
      for (; j < len && bytes[j] !== 10; j++) {
        w |= bytes[j]! << (k << 3);
        if (++k === 4 || j + 1 === len || bytes[j + 1] === 10) {
          h1 = Math.imul(h1 ^ w, 0x01000193);
          h1 ^= h1 >>> 15;
          h2 = Math.imul(h2 + w, 0x5bd1e995);
          h2 ^= h2 >>> 13;
          w = 0;
          k = 0;
        }
      }
      end = j;
    }
    h1 = Math.imul(h1 ^ (end - start), 0x01000193);
    h1 ^= h1 >>> 15;
    if (n === keys.length) {
      const grownKeys = new Float64Array(Math.max(1024, n * 2));
      const grownStarts = new Int32Array(grownKeys.length);
      grownKeys.set(keys);
      grownStarts.set(starts);
      keys = grownKeys;
      starts = grownStarts;
      if (reuse) {
        scratchKeys = keys;
        scratchStarts = starts;
      }
    }
    keys[n] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
    starts[n] = start;
    n++;
    if (end >= len) break;
    start = end + 1;
  }
  return { keys: keys.subarray(0, n), starts: starts.subarray(0, n) };
}

/**
 * The fragments of `bytes` that need scanning, as text, given the sorted keys of the version
 * it replaced: [] when no line is new, null when every line is (scan the whole blob).
 */
export function newLineFragments(bytes: Uint8Array, lines: Lines, base: KeySet): string[] | null {
  const { keys, starts } = lines;
  const n = keys.length;
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (base.has(keys[i]!)) continue;
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
    out.push(atItsLines({ line: i + 1, text: utf8.decode(bytes.subarray(starts[i]!, stop)) }));
    i = end + 1;
  }
  return out;
}

/** Hash-table slots for `n` keys: a power of two at least twice `n`. */
function tableSlots(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * The line keys of one version, for membership tests: open addressing in a typed array twice
 * the size of the set (building it is linear, where sorting for a binary search was not, and a
 * lookup is one or two probes). Zero marks an empty slot; a zero key is kept aside.
 */
export class KeySet {
  private readonly table: Float64Array;
  private readonly mask: number;
  private zero = false;

  /** `table`: zeroed slots to build in (tableSlots(keys.length) of them); a new array if not given. */
  constructor(keys: Float64Array, table?: Float64Array) {
    this.table = table ?? new Float64Array(tableSlots(keys.length));
    this.mask = this.table.length - 1;
    for (let i = 0; i < keys.length; i++) this.add(keys[i]!);
  }

  /** Slots used, for the cache's budget. */
  get slots(): number {
    return this.table.length;
  }

  has(key: number): boolean {
    if (key === 0) return this.zero;
    const t = this.table;
    // Keys are integers below 2^53; `>>> 0` keeps their low 32 bits, which are well mixed.
    for (let i = (key >>> 0) & this.mask; ; i = (i + 1) & this.mask) {
      const v = t[i]!;
      if (v === key) return true;
      if (v === 0) return false;
    }
  }

  private add(key: number): void {
    if (key === 0) {
      this.zero = true;
      return;
    }
    const t = this.table;
    let i = (key >>> 0) & this.mask;
    while (t[i] !== 0 && t[i] !== key) i = (i + 1) & this.mask;
    t[i] = key;
  }
}

/**
 * Line keys of recently scanned versions by blob number, oldest evicted beyond a budget of
 * slots. The tables live in one array used as a ring, allocated on first use, instead of one
 * array per version: in a long history the cache turns over many times, and an array per
 * version left tens of MB of dead tables between collections and fragmented the allocator,
 * so the process grew with the length of history (issue 15); the ring stays at its budget.
 */
export class KeyCache {
  /** Oldest first, each with where its table starts in the ring. */
  private readonly versions = new Map<number, { set: KeySet; at: number }>();
  private ring: Float64Array | null = null;
  /** Where the next table goes. */
  private head = 0;

  /** `budget`: hash-table slots (8 bytes each) kept in all. */
  constructor(private readonly budget: number) {}

  get(blob: number): KeySet | undefined {
    return this.versions.get(blob)?.set;
  }

  /** Keeps the keys of version `blob` for the next version of the file. */
  set(blob: number, keys: Float64Array): void {
    const slots = tableSlots(keys.length);
    if (slots > this.budget / 4 || this.versions.has(blob)) return;
    this.ring ??= new Float64Array(this.budget);
    if (this.head + slots > this.budget) {
      // Wrap: what lies past the head is the oldest; drop it, then reuse from the start.
      for (const [k, v] of this.versions) {
        if (v.at < this.head) break;
        this.versions.delete(k);
      }
      this.head = 0;
    }
    const from = this.head;
    const to = from + slots;
    // The oldest versions sit right after the head, in insertion order: drop those the new table covers.
    for (const [k, v] of this.versions) {
      if (v.at < from || v.at >= to) break;
      this.versions.delete(k);
    }
    const table = this.ring.subarray(from, to);
    table.fill(0);
    this.versions.set(blob, { set: new KeySet(keys, table), at: from });
    this.head = to;
  }
}
