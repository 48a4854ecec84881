// Translates Go (RE2) regex syntax, as gitleaks configs use it, into a JavaScript RegExp.
// RE2 has no lookarounds or backreferences and the translation adds none, so V8's linear
// fallback engine stays usable. What JavaScript cannot express is refused, never guessed.
import {
  caseVariants,
  foldRanges,
  MAX_UNIT,
  renderChar,
  renderClass,
  sameRanges,
  type CharSet,
  type Range,
} from './go-regex-charset.js';
import { GoRegexError, untranslatable } from './go-regex-lexer.js';
import { parseGoRegex, type Piece } from './go-regex-parser.js';

export { GoRegexError } from './go-regex-lexer.js';

export interface TranslatedRegex {
  source: string;
  flags: string;
  /** Capturing groups, named ones included. */
  groups: number;
}

export function translateGoRegex(pattern: string): TranslatedRegex {
  const { pieces, groups } = parseGoRegex(pattern);
  return render(pieces, groups);
}

export function compileGoRegex(pattern: string): { regex: RegExp; groups: number } {
  const t = translateGoRegex(pattern);
  try {
    return { regex: new RegExp(t.source, t.flags), groups: t.groups };
  } catch (err) {
    throw new GoRegexError(`is not a valid regular expression (${engineReason(err)}); fix the pattern`);
  }
}

/** V8 puts the pattern before its reason; keep only the reason. */
function engineReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(message.lastIndexOf(': ') + 2);
}

/**
 * Chooses the flags, then renders. Case-insensitivity becomes the `i` flag when everything
 * case-sensitive in the pattern is covered by it (gitleaks' usual leading `(?i)`); otherwise
 * each case-insensitive letter or class is spelled out (`(?i:ab)` → `[Aa][Bb]`).
 */
function render(pieces: Piece[], groups: number): TranslatedRegex {
  let folded = false;
  let sensitive = false;
  const dots: boolean[] = [];
  const anchors: boolean[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') continue;
    if (p.kind === 'dot') dots.push(p.s);
    else if (p.kind === 'anchor') anchors.push(p.m);
    else if (foldMatters(p)) {
      if (p.fold) folded = true;
      else sensitive = true;
    }
  }
  if (anchors.includes(true) && anchors.includes(false)) {
    throw untranslatable('both (?m) line anchors and whole-text anchors (^, $, \\A or \\z outside (?m))');
  }
  const flagI = folded && !sensitive;
  const flagS = dots.length > 0 && dots.every(Boolean);
  const flagM = anchors.length > 0 && anchors.every(Boolean);

  const source = pieces
    .map((p) => {
      if (typeof p === 'string') return p;
      switch (p.kind) {
        case 'char':
          return p.fold && !flagI && foldMatters(p) ? renderClass(charSet(caseVariants(p.cp))) : renderChar(p.cp);
        case 'class':
          return renderClass(p.fold && !flagI ? { ...p.set, ranges: foldRanges(p.set.ranges) } : p.set);
        case 'dot':
          // Go's `.` excludes only \n; JavaScript's also excludes \r, \u2028 and \u2029.
          return flagS ? '.' : p.s ? '[\\s\\S]' : '[^\\n]';
        case 'anchor':
          return p.text;
        default:
          return assertNever(p);
      }
    })
    .join('');
  return { source, flags: `${flagI ? 'i' : ''}${flagM ? 'm' : ''}${flagS ? 's' : ''}`, groups };
}

function foldMatters(p: { kind: 'char'; cp: number } | { kind: 'class'; set: CharSet }): boolean {
  if (p.kind === 'char') return p.cp <= MAX_UNIT && caseVariants(p.cp).length > 1;
  return !sameRanges(p.set.ranges, foldRanges(p.set.ranges));
}

function charSet(cps: number[]): CharSet {
  return { negated: false, ranges: cps.map((cp): Range => [cp, cp]), escapes: [] };
}

function assertNever(p: never): never {
  throw new Error(`unhandled regex piece ${JSON.stringify(p)}`);
}
