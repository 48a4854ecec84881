// One pass over a fragment finds every rule keyword in it (Aho-Corasick, compiled to a DFA
// over ASCII with case folding), so the regexes of rules whose keywords are absent never run.

import { BASE64_ALPHABET, RUN_MIN } from './decode.js';

const ALPHABET = 128;
/**
 * The scan loop is the hottest in detection, so its table is laid out for it: each entry is
 * the next state's row offset (state × ALPHABET), with bit 0 set when keywords end there, and
 * upper-case columns repeat the lower-case ones, so a step is one load, with no multiply and
 * no case folding.
 */
const HAS_OUTPUT = 1;

export class KeywordIndex {
  readonly keywords: string[];
  private readonly delta: Int32Array;
  /** For each state, the keyword indices that end there (via output links), or null. */
  private readonly outputs: (number[] | null)[];

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    // Every worker builds this as it starts, before V8 has optimised anything: per-state Maps
    // and a loop over every (state, character) took ~15–20 ms. Here each row starts as a
    // native copy of its failure state's row, and only the trie's own edges are written into
    // it: ~7 ms, and the same table.
    const edges = new Map<number, number>(); // parent × ALPHABET + character → child
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const edgeChar: number[] = [0];
    const own: (number[] | null)[] = [null];
    this.keywords.forEach((kw, ki) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        // The detector never hands non-ASCII keywords here: their rules skip the prefilter.
        if (c >= ALPHABET) return;
        let t = edges.get(s * ALPHABET + c);
        if (t === undefined) {
          t = firstChild.length;
          edges.set(s * ALPHABET + c, t);
          firstChild.push(-1);
          nextSibling.push(firstChild[s]!);
          firstChild[s] = t;
          edgeChar.push(c);
          own.push(null);
        }
        s = t;
      }
      own[s] = [...(own[s] ?? []), ki];
    });

    const n = firstChild.length;
    const delta = new Int32Array(n * ALPHABET);
    const outputs: (number[] | null)[] = new Array<number[] | null>(n).fill(null);
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    // Breadth-first, so a state's failure state (shallower) has its row and outputs complete.
    for (let qi = -1; qi < tail; qi++) {
      const s = qi < 0 ? 0 : queue[qi]!;
      const row = s * ALPHABET;
      if (s !== 0) delta.copyWithin(row, fail[s]! * ALPHABET, fail[s]! * ALPHABET + ALPHABET);
      for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) {
        const c = edgeChar[t]!;
        fail[t] = s === 0 ? 0 : (delta[row + c]! & ~HAS_OUTPUT) / ALPHABET;
        const inherited = outputs[fail[t]!]!;
        const mine = own[t]!;
        outputs[t] = mine ? (inherited ? [...new Set([...mine, ...inherited])] : mine) : inherited;
        const step = t * ALPHABET + (outputs[t] ? HAS_OUTPUT : 0);
        delta[row + c] = step;
        // Keywords are lower-case; an upper-case letter steps as its lower-case one.
        if (c >= 97 && c <= 122) delta[row + c - 32] = step;
        queue[tail++] = t;
      }
    }
    this.outputs = outputs;
    this.delta = delta;
  }

  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, appends k to `found` the first
   * time (returning how many were found), and records where each keyword occurs: for each found keyword k,
   * `starts[k]` lists the offsets where it starts, in increasing order (each keyword's
   * occurrences end in increasing order, and it has one length). With `runs`, also appends
   * [start, end) of every maximal run of at least RUN_MIN base64-alphabet characters, which
   * the search for encoded segments would otherwise find in a pass of its own.
   */
  scanStarts(text: string, hits: Uint8Array, found: number[], starts: number[][], runs?: number[]): number {
    const { delta, outputs, keywords } = this;
    const track = runs !== undefined;
    let s = 0;
    let run = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        if (run >= 0) {
          if (i - run >= RUN_MIN) runs!.push(run, i);
          run = -1;
        }
        continue;
      }
      if (track) {
        if (BASE64_ALPHABET[c] === 1) {
          if (run < 0) run = i;
        } else if (run >= 0) {
          if (i - run >= RUN_MIN) runs!.push(run, i);
          run = -1;
        }
      }
      s = delta[s + c]!;
      if ((s & HAS_OUTPUT) === 0) continue;
      s ^= HAS_OUTPUT;
      for (const k of outputs[s / ALPHABET]!) {
        const at = i + 1 - keywords[k]!.length;
        if (hits[k] === 0) {
          hits[k] = 1;
          found.push(k);
          starts[k] = [at];
        } else starts[k]!.push(at);
      }
    }
    if (run >= 0 && text.length - run >= RUN_MIN) runs!.push(run, text.length);
    return found.length;
  }
}
