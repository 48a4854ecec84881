import { base64Runs } from './decode.js';
import { KeywordIndex } from './keyword-index.js';

const ALPHABET = 128;
/** A keyword with a non-ASCII character: never found, as by the automaton. */
const NEVER = -2;
/** A one-character keyword: no bigram to check first. */
const NO_BIGRAM = -1;

/**
 * Past this many characters scanned in all, the automaton is built: building it (~7 ms before
 * V8 optimises anything) costs about as much as searching ~30 KB keyword by keyword, and it
 * then scans at a fixed cost per character. A pre-commit hook scans a few KB and never builds it.
 */
export const DFA_AFTER_CHARS = 32 * 1024;

/**
 * `text` with ASCII upper-case letters in lower case, the case folding keywords are found
 * under: toLowerCase() alone would also fold non-ASCII letters into ASCII ones (the Kelvin
 * sign into k). Offsets stay the same.
 */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/**
 * Finds which rule keywords occur in a text, as KeywordIndex does (ASCII case folding), but
 * builds the automaton only once enough text has been scanned to pay for it. Until then each
 * keyword is searched for directly, skipped when its first two characters never occur.
 */
export class KeywordFinder {
  readonly keywords: string[];
  private readonly bigrams: Int32Array;
  private dfa: KeywordIndex | null = null;
  private scanned = 0;
  /** Which bigrams occur in the text being scanned; all zero between scans. */
  private readonly present = new Uint8Array(ALPHABET * ALPHABET);

  constructor(
    keywords: Iterable<string>,
    private readonly dfaAfterChars = DFA_AFTER_CHARS,
  ) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    this.bigrams = Int32Array.from(this.keywords, (k) => {
      for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) >= ALPHABET) return NEVER;
      return k.length === 1 ? NO_BIGRAM : k.charCodeAt(0) * ALPHABET + k.charCodeAt(1);
    });
  }

  /** Whether the automaton has been built (for tests). */
  get built(): boolean {
    return this.dfa !== null;
  }

  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, appends k to `found` the first
   * time, and records where each keyword occurs: for each found keyword k,
   * `starts[k]` lists the offsets where it starts, in increasing order (overlapping ones too).
   * With `runs`, also appends the base64-alphabet runs the encoded-segment search needs (see
   * KeywordIndex.scanStarts): the automaton finds them in its pass, the direct search in one
   * of its own.
   */
  scanStarts(text: string, hits: Uint8Array, found: number[], starts: number[][], runs?: number[]): number {
    const dfa = this.dfaFor(text);
    if (dfa) return dfa.scanStarts(text, hits, found, starts, runs);
    if (runs !== undefined) base64Runs(text, runs);
    return this.scanDirect(text, hits, found, starts);
  }

  /** The automaton, once the text scanned in all (this one included) passes the threshold. */
  private dfaFor(text: string): KeywordIndex | null {
    if (this.dfa === null) {
      this.scanned += text.length;
      if (this.scanned > this.dfaAfterChars) this.dfa = new KeywordIndex(this.keywords);
    }
    return this.dfa;
  }

  private scanDirect(text: string, hits: Uint8Array, found: number[], starts: number[][]): number {
    const upper = this.markBigrams(text, 1);
    const folded = upper ? foldAscii(text) : text;
    const total = this.keywords.length;
    for (let k = 0; k < total; k++) {
      const b = this.bigrams[k]!;
      if (b === NEVER || (b >= 0 && this.present[b] === 0)) continue;
      const keyword = this.keywords[k]!;
      let at = folded.indexOf(keyword);
      if (at === -1) continue;
      const list = hits[k] === 0 ? [] : starts[k]!;
      for (; at !== -1; at = folded.indexOf(keyword, at + 1)) list.push(at);
      if (hits[k] !== 0) continue;
      starts[k] = list;
      hits[k] = 1;
      found.push(k);
    }
    this.markBigrams(text, 0);
    return found.length;
  }

  /** Sets (or clears) `present` for each case-folded ASCII bigram of `text`; whether it has upper case. */
  private markBigrams(text: string, mark: 0 | 1): boolean {
    const present = this.present;
    let prev = -1;
    let upper = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        prev = -1;
        continue;
      }
      if (c >= 65 && c <= 90) {
        c |= 32;
        upper = true;
      }
      if (prev >= 0) present[prev * ALPHABET + c] = mark;
      prev = c;
    }
    return upper;
  }
}
