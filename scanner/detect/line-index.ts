const INLINE_ALLOW = /(?:gitleaks|leakhound):allow/;

export interface LineContext {
  text: string;
  /** The lines carry a `leakhound:allow` or `gitleaks:allow` comment. */
  inlineAllow: boolean;
}

/**
 * Maps string offsets to 1-based line and column. The line starts are found on first use:
 * most fragments a rule runs on give it no match, and need none.
 */
export class LineIndex {
  private found: number[] | null = null;
  private cached: { from: number; to: number; context: LineContext } | null = null;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.found !== null) return this.found;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.found = starts;
    return starts;
  }

  /** 1-based line containing `offset`. */
  line(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Up to `max` characters in front of `offset`, on its line. */
  before(offset: number, max: number): string {
    const start = this.starts[this.line(offset) - 1]!;
    return this.text.slice(Math.max(start, offset - max), offset);
  }

  /** 1-based column of `offset` on its line. */
  column(offset: number, line = this.line(offset)): number {
    return offset - this.starts[line - 1]! + 1;
  }

  /** The full text of lines `from`..`to` (1-based, inclusive), without the final newline. */
  lines(from: number, to: number): string {
    const start = this.starts[from - 1] ?? 0;
    const next = this.starts[to];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  /**
   * The lines a match spans, with their inline-allow verdict. Remembered for the last span:
   * a minified file puts many candidates on one huge line, and each would otherwise copy and
   * search the whole line again.
   */
  context(from: number, to: number): LineContext {
    const c = this.cached;
    if (c && c.from === from && c.to === to) return c.context;
    const text = this.lines(from, to);
    const context = { text, inlineAllow: INLINE_ALLOW.test(text) };
    this.cached = { from, to, context };
    return context;
  }
}
