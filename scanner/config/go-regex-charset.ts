// Character sets for the Go → JavaScript regex translation: code point ranges, POSIX classes,
// RE2-style case folding and rendering as JavaScript syntax (without the `u` flag).

export type Range = readonly [number, number];

/** A bracket expression: code point ranges plus Perl escapes (`\d`, `\W`…) kept as written. */
export interface CharSet {
  negated: boolean;
  ranges: Range[];
  escapes: string[];
}

/** Without the `u` flag a class holds UTF-16 code units, so nothing above this fits in one. */
export const MAX_UNIT = 0xffff;

const ASCII_POSIX: Record<string, Range[]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/** `[:alpha:]` → its ranges; `[:^alpha:]` → the complement. Undefined for an unknown name. */
export function posixRanges(name: string): Range[] | undefined {
  const negated = name.startsWith('^');
  const ranges = ASCII_POSIX[negated ? name.slice(1) : name];
  if (!ranges) return undefined;
  return negated ? complement(ranges) : ranges;
}

/** Sorted, merged, adjacent ranges joined. */
export function normalize(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function complement(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}

/** The code points that case-fold together with `cp` (itself included), as RE2's (?i) sees them. */
export function caseVariants(cp: number): number[] {
  const seen = new Set([cp]);
  const queue = [cp];
  while (queue.length > 0) {
    const ch = String.fromCodePoint(queue.pop()!);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
      const vcp = v.codePointAt(0)!;
      if (v.length === String.fromCodePoint(vcp).length && !seen.has(vcp)) {
        seen.add(vcp);
        queue.push(vcp);
      }
    }
  }
  return [...seen];
}

/** `ranges` plus every case variant of what they hold. */
export function foldRanges(ranges: readonly Range[]): Range[] {
  const extra: Range[] = [];
  for (const [lo, hi] of normalize(ranges)) {
    const top = Math.min(hi, MAX_UNIT);
    const visit = (cp: number): void => {
      for (const v of caseVariants(cp)) if ((v < lo || v > hi) && v <= MAX_UNIT) extra.push([v, v]);
    };
    if (top - lo < 256) for (let cp = lo; cp <= top; cp++) visit(cp);
    else for (const cp of casedUnits()) if (cp >= lo && cp <= top) visit(cp);
  }
  return normalize([...ranges, ...extra]);
}

let cased: number[] | undefined;

/** Code units that have a case variant; computed once, for wide ranges like [^0-9]. */
function casedUnits(): number[] {
  if (!cased) {
    cased = [];
    for (let cp = 0; cp <= MAX_UNIT; cp++) if (caseVariants(cp).length > 1) cased.push(cp);
  }
  return cased;
}

export function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x.length === y.length && x.every((r, i) => r[0] === y[i]![0] && r[1] === y[i]![1]);
}

export function renderClass(set: CharSet): string {
  const parts = normalize(set.ranges).map(([lo, hi]) => {
    if (lo === hi) return classChar(lo);
    if (hi === lo + 1) return classChar(lo) + classChar(hi);
    return `${classChar(lo)}-${classChar(hi)}`;
  });
  return `[${set.negated ? '^' : ''}${parts.join('')}${set.escapes.join('')}]`;
}

const CLASS_SPECIAL = new Set(['\\', ']', '[', '^', '-']);
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/']);

function classChar(cp: number): string {
  const ch = String.fromCharCode(cp);
  if (CLASS_SPECIAL.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}

/** One literal code point outside a class; an astral one becomes a group of two code units. */
export function renderChar(cp: number): string {
  if (cp > MAX_UNIT) {
    const pair = String.fromCodePoint(cp);
    return `(?:${unitEscape(pair.charCodeAt(0))}${unitEscape(pair.charCodeAt(1))})`;
  }
  const ch = String.fromCharCode(cp);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}

const NAMED: Record<number, string> = { 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

function printable(cp: number): boolean {
  return cp >= 0x20 && cp < 0x7f;
}

function unitEscape(unit: number): string {
  const named = NAMED[unit];
  if (named) return named;
  const hex = unit.toString(16).toUpperCase();
  return unit < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
