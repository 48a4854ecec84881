// One pass over a fragment finds every rule keyword in it (Aho-Corasick, compiled to a DFA
// over ASCII with case folding), so the regexes of rules whose keywords are absent never run.

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
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.keywords.forEach((kw, ki) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        // The detector never hands non-ASCII keywords here: their rules skip the prefilter.
        if (c >= ALPHABET) return;
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(c, t);
        }
        s = t;
      }
      out[s]!.push(ki);
    });

    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]!.get(c);
      delta[c] = t ?? 0;
      if (t !== undefined) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * ALPHABET + c]!;
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + c] = delta[fail[s]! * ALPHABET + c]!;
        }
      }
    }
    this.outputs = out.map((o) => (o.length > 0 ? [...new Set(o)] : null));
    for (let s = 0; s < n; s++) {
      for (let c = 0; c < ALPHABET; c++) {
        const t = delta[s * ALPHABET + c]!;
        delta[s * ALPHABET + c] = t * ALPHABET + (this.outputs[t] ? HAS_OUTPUT : 0);
      }
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + (c | 32)]!;
    }
    this.delta = delta;
  }

  /**
   * As scan, and also records where each keyword occurs: for each found keyword k,
   * `starts[k]` lists the offsets where it starts, in increasing order (each keyword's
   * occurrences end in increasing order, and it has one length).
   */
  scanStarts(text: string, hits: Uint8Array, found: number[], starts: number[][]): number {
    const { delta, outputs, keywords } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
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
    return found.length;
  }

  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, and appends k to `found` the
   * first time. Returns how many were found.
   */
  scan(text: string, hits: Uint8Array, found: number[] = []): number {
    const { delta, outputs } = this;
    const total = this.keywords.length;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = delta[s + c]!;
      if ((s & HAS_OUTPUT) === 0) continue;
      s ^= HAS_OUTPUT;
      for (const k of outputs[s / ALPHABET]!) {
        if (hits[k] === 0) {
          hits[k] = 1;
          found.push(k);
          if (found.length === total) return total;
        }
      }
    }
    return found.length;
  }
}
