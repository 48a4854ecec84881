/**
 * Cuts a text stream of any length into fragments a detector can scan, in bounded memory,
 * keeping the position of each fragment in the whole stream so findings get the stream's line
 * and column numbers.
 *
 * A fragment ends at the last line break before `fragmentChars`; a line longer than that is cut
 * inside the line. Each fragment starts with the last `overlapLines` lines (at most
 * `overlapChars`) of the one before, so a match spanning the cut — a PEM block, a key the cut
 * splits — is whole in one of them; the caller drops findings the overlap repeats. The buffer
 * never holds more than `fragmentChars` plus one input chunk.
 */
export const STREAM_LIMITS = {
  fragmentChars: 4 * 1024 * 1024,
  overlapLines: 64,
  overlapChars: 64 * 1024,
};

export interface StreamFragment {
  text: string;
  /** 1-based line of the stream on which `text` starts. */
  firstLine: number;
  /** Characters of that line that come before `text` (0 when it starts at a line start). */
  firstColumnOffset: number;
}

export class StreamFragments {
  private buffer = '';
  /** Position of `buffer`'s start in the stream. */
  private line = 1;
  private column = 0;
  /** Characters at the start of `buffer` that the previous fragment already held. */
  private overlap = 0;

  constructor(private readonly limits = STREAM_LIMITS) {}

  /** Adds decoded text; returns the fragments that are complete. */
  push(text: string): StreamFragment[] {
    this.buffer += text;
    const out: StreamFragment[] = [];
    while (this.buffer.length >= this.limits.fragmentChars) out.push(this.cut());
    return out;
  }

  /** What is left at the end of the stream; null when it holds nothing not yet scanned. */
  end(): StreamFragment | null {
    const rest = this.buffer;
    this.buffer = '';
    if (rest.length <= this.overlap) return null;
    return { text: rest, firstLine: this.line, firstColumnOffset: this.column };
  }

  private cut(): StreamFragment {
    const max = this.limits.fragmentChars;
    const nl = this.buffer.lastIndexOf('\n', max - 1);
    // A cut must lie past the overlap, so every fragment moves the stream forward.
    const atLineBreak = nl >= this.overlap;
    const end = atLineBreak ? nl + 1 : max;
    const text = this.buffer.slice(0, end);
    const fragment: StreamFragment = { text, firstLine: this.line, firstColumnOffset: this.column };
    let keepFrom = end;
    if (atLineBreak) {
      for (let kept = 0; kept < this.limits.overlapLines; kept++) {
        const from = text.lastIndexOf('\n', keepFrom - 2) + 1;
        if (from <= 0 || end - from > this.limits.overlapChars) break;
        keepFrom = from;
      }
    } else keepFrom = Math.max(1, end - this.limits.overlapChars);
    this.advance(text, keepFrom);
    this.buffer = this.buffer.slice(keepFrom);
    this.overlap = end - keepFrom;
    return fragment;
  }

  /** Moves the stream position past `text.slice(0, upTo)`. */
  private advance(text: string, upTo: number): void {
    const lastNl = text.lastIndexOf('\n', upTo - 1);
    if (lastNl === -1) {
      this.column += upTo;
      return;
    }
    for (let i = text.indexOf('\n'); i !== -1 && i <= lastNl; i = text.indexOf('\n', i + 1)) this.line++;
    this.column = upTo - lastNl - 1;
  }
}
