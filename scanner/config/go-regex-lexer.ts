// The lexical layer of the Go (RE2) → JavaScript regex translation: a cursor over the Go
// pattern that reads one character, escape or bracket expression at a time.
import { MAX_UNIT, posixRanges, type CharSet } from './go-regex-charset.js';

/** The message completes a sentence that starts with where the regex is, e.g. `rule x: regex`. */
export class GoRegexError extends Error {
  override name = 'GoRegexError';
}

/** Valid RE2 that JavaScript (without the `u` flag) cannot express. */
export function untranslatable(construct: string): GoRegexError {
  return new GoRegexError(`uses ${construct}, which leakhound cannot translate; rewrite the pattern without it`);
}

/** Not RE2 at all: gitleaks would fail to load the config too. */
export function notGo(construct: string, fix = 'rewrite the pattern without it'): GoRegexError {
  return new GoRegexError(
    `uses ${construct}, which Go's regexp does not accept either (gitleaks would reject it); ${fix}`,
  );
}

const CHAR_ESCAPES: Record<string, number> = { a: 0x07, f: 0x0c, t: 0x09, n: 0x0a, r: 0x0d, v: 0x0b };

export class Cursor {
  protected i = 0;

  constructor(protected readonly src: string) {}

  protected nextCodePoint(): number {
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  protected unicodeClassText(): string {
    const braced = this.src[this.i + 2] === '{';
    const close = this.src.indexOf('}', this.i);
    const end = braced && close !== -1 ? close + 1 : this.i + 3;
    return this.src.slice(this.i, end);
  }

  /** An escape that stands for one character (`\x41`, `\x{1F600}`, `\101`, `\n`, `\.`). */
  protected charEscape(): number {
    const c = this.src[this.i + 1]!;
    const start = this.i;
    this.i += 2;
    if (c in CHAR_ESCAPES) return CHAR_ESCAPES[c]!;
    if (c >= '0' && c <= '7') return this.octal(c, start);
    if (c === 'x') return this.hex(start);
    const cp = c.codePointAt(0)!;
    if (cp < 0x80 && !/[0-9A-Za-z_]/.test(c)) return cp;
    if (c >= '1' && c <= '9') throw notGo(`the backreference \\${c}`);
    throw notGo(`the escape \\${c}`, 'remove the backslash (only punctuation may be escaped)');
  }

  private octal(first: string, start: number): number {
    // Go: a lone \1-\7 would be a backreference; \0 or two-plus digits are octal.
    const more = /^[0-7]{0,2}/.exec(this.src.slice(this.i))![0];
    if (first !== '0' && more === '') throw notGo(`the backreference \\${first}`);
    this.i += more.length;
    return parseInt(this.src.slice(start + 1, this.i), 8);
  }

  private hex(start: number): number {
    const m = /^(?:\{([0-9A-Fa-f]{1,8})\}|([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.i));
    const digits = m?.[1] ?? m?.[2];
    if (!m || digits === undefined || parseInt(digits, 16) > 0x10ffff) {
      throw notGo(`the escape ${this.src.slice(start, this.i + 2)}`, 'write \\xHH or \\x{HHHH}');
    }
    this.i += m[0].length;
    return parseInt(digits, 16);
  }

  protected charClass(): CharSet {
    this.i++;
    const set: CharSet = { negated: this.src[this.i] === '^', ranges: [], escapes: [] };
    if (set.negated) this.i++;
    // In RE2, `]` right after `[` or `[^` is a literal, not the end of the class.
    for (let first = true; ; first = false) {
      if (this.i >= this.src.length) throw notGo('a character class without its closing ]', 'close it with ]');
      const c = this.src[this.i]!;
      if (c === ']' && !first) break;
      if (this.src.startsWith('[:', this.i) && this.posix(set)) continue;
      if (c === '\\' && /[dDsSwW]/.test(this.src[this.i + 1] ?? '')) {
        set.escapes.push(this.src.slice(this.i, this.i + 2));
        this.i += 2;
        continue;
      }
      if (c === '\\' && /[pP]/.test(this.src[this.i + 1] ?? '')) {
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        this.i++;
        hi = this.classChar();
        if (hi < lo) throw notGo('a character range whose end comes before its start', 'swap its ends');
      }
      if (hi > MAX_UNIT) {
        if (lo > MAX_UNIT) throw untranslatable('a character class holding characters above U+FFFF');
        hi = MAX_UNIT;
      }
      set.ranges.push([lo, hi]);
    }
    this.i++;
    return set;
  }

  private posix(set: CharSet): boolean {
    const end = this.src.indexOf(':]', this.i + 2);
    if (end === -1) return false;
    const name = this.src.slice(this.i + 2, end);
    const ranges = posixRanges(name);
    if (!ranges)
      throw notGo(
        `the unknown POSIX class [:${name}:]`,
        'use one of alnum, alpha, digit, lower, upper, space, word, xdigit…',
      );
    set.ranges.push(...ranges);
    this.i = end + 2;
    return true;
  }

  private classChar(): number {
    if (this.src[this.i] === '\\') return this.charEscape();
    return this.nextCodePoint();
  }
}
