// The grammar layer of the Go (RE2) → JavaScript regex translation: groups, flags,
// quantifiers and anchors. It records pieces whose final spelling depends on flags that are
// only known once the whole pattern has been read (see render() in go-regex.ts).
import type { CharSet } from './go-regex-charset.js';
import { Cursor, notGo, untranslatable } from './go-regex-lexer.js';

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

export type Piece =
  | string
  | { kind: 'char'; cp: number; fold: boolean }
  | { kind: 'class'; set: CharSet; fold: boolean }
  | { kind: 'dot'; s: boolean }
  | { kind: 'anchor'; text: '^' | '$'; m: boolean };

const REPEAT = /\{\d+(?:,\d*)?\}/y;
const GROUP_NAME = /[A-Za-z0-9_]+>/y;
const LOOKAROUNDS: [string, string][] = [
  ['(?=', 'lookahead'],
  ['(?!', 'negative lookahead'],
  ['(?<=', 'lookbehind'],
  ['(?<!', 'negative lookbehind'],
  ['(?>', 'atomic group'],
  ['(?#', 'comment group'],
];

export function parseGoRegex(pattern: string): { pieces: Piece[]; groups: number } {
  return new Parser(pattern).run();
}

class Parser extends Cursor {
  private flags: Flags = { i: false, m: false, s: false, U: false };
  private readonly saved: Flags[] = [];
  private readonly out: Piece[] = [];
  private groups = 0;

  run(): { pieces: Piece[]; groups: number } {
    while (this.i < this.src.length) this.step();
    return { pieces: this.out, groups: this.groups };
  }

  private step(): void {
    const c = this.src[this.i]!;
    switch (c) {
      case '(':
        this.group();
        return;
      case ')':
        this.i++;
        this.flags = this.saved.pop() ?? this.flags;
        this.out.push(')');
        return;
      case '|':
        this.i++;
        this.out.push('|');
        return;
      case '*':
      case '+':
      case '?':
        this.i++;
        this.quantifier(c);
        return;
      case '{': {
        REPEAT.lastIndex = this.i;
        const m = REPEAT.exec(this.src);
        if (!m) break;
        this.i += m[0].length;
        this.quantifier(m[0]);
        return;
      }
      case '[':
        this.out.push({ kind: 'class', set: this.charClass(), fold: this.flags.i });
        return;
      case '.':
        this.i++;
        this.out.push({ kind: 'dot', s: this.flags.s });
        return;
      case '^':
      case '$':
        this.i++;
        this.out.push({ kind: 'anchor', text: c, m: this.flags.m });
        return;
      case '\\':
        this.escape();
        return;
    }
    this.literal(this.nextCodePoint());
  }

  private literal(cp: number): void {
    this.out.push({ kind: 'char', cp, fold: this.flags.i });
  }

  /** `(?U)` swaps greedy and lazy, which JavaScript spells out per quantifier. */
  private quantifier(op: string): void {
    const lazy = this.src[this.i] === '?';
    if (lazy) this.i++;
    this.out.push(lazy !== this.flags.U ? `${op}?` : op);
  }

  private group(): void {
    const rest = this.src.slice(this.i, this.i + 4);
    if (!rest.startsWith('(?')) {
      this.i++;
      this.open('(');
      return;
    }
    if (rest.startsWith('(?P<') || (rest.startsWith('(?<') && rest[3] !== '=' && rest[3] !== '!')) {
      this.i += rest.startsWith('(?P<') ? 4 : 3;
      GROUP_NAME.lastIndex = this.i;
      const m = GROUP_NAME.exec(this.src);
      if (!m) throw notGo('a group name that is not letters, digits and _', 'rename the group');
      const name = m[0].slice(0, -1);
      if (/^\d/.test(name)) throw untranslatable(`the group name ${name} (JavaScript names cannot start with a digit)`);
      this.i += m[0].length;
      this.open(`(?<${name}>`);
      return;
    }
    for (const [syntax, what] of LOOKAROUNDS) {
      if (rest.startsWith(syntax)) throw notGo(`the ${what} ${syntax}`);
    }
    if (rest.startsWith('(?P=')) throw notGo('the backreference (?P=');
    this.flagGroup();
  }

  private open(text: string): void {
    this.saved.push({ ...this.flags });
    if (text !== '(?:') this.groups++;
    this.out.push(text);
  }

  /** `(?i)` sets flags to the end of the enclosing group; `(?i:…)` only inside its own. */
  private flagGroup(): void {
    const start = this.i;
    const next: Flags = { ...this.flags };
    let negate = false;
    let seen = false;
    for (this.i += 2; this.i < this.src.length; this.i++) {
      const c = this.src[this.i]!;
      if (c === ':' || c === ')') {
        if (negate && !seen) break;
        this.i++;
        if (c === ':') this.open('(?:');
        this.flags = next;
        return;
      }
      if (c === '-' && !negate) {
        negate = true;
        seen = false;
      } else if (c === 'i' || c === 'm' || c === 's' || c === 'U') {
        next[c] = !negate;
        seen = true;
      } else {
        throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, 'use only the flags i, m, s and U');
      }
    }
    throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, 'use only the flags i, m, s and U');
  }

  private escape(): void {
    const c = this.src[this.i + 1];
    if (c === undefined) throw notGo('a trailing backslash', 'escape it as \\\\');
    switch (c) {
      case 'A':
      case 'z':
        this.i += 2;
        this.out.push({ kind: 'anchor', text: c === 'A' ? '^' : '$', m: false });
        return;
      case 'b':
      case 'B':
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        this.i += 2;
        this.out.push(`\\${c}`);
        return;
      case 'Q':
        this.quoted();
        return;
      case 'C':
        throw untranslatable('\\C');
      case 'p':
      case 'P':
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
    }
    this.literal(this.charEscape());
  }

  /** `\Q…\E`: everything between is literal; without `\E`, up to the end. */
  private quoted(): void {
    const end = this.src.indexOf('\\E', this.i + 2);
    const stop = end === -1 ? this.src.length : end;
    this.i += 2;
    while (this.i < stop) this.literal(this.nextCodePoint());
    if (end !== -1) this.i += 2;
  }
}
