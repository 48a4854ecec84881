// Most rules' patterns begin with their keywords: `(?:secret|token|key)[\w.-]{0,30}…`. For
// those, a match can only start where the keyword prefilter already saw a keyword, so the
// regex is tried there alone (sticky) instead of at every offset of the fragment. That is
// what makes the prefilter pay on large files: a few dozen tries instead of a pass per rule.
//
// The analysis is conservative: any construct it does not recognise means "not anchored",
// and the rule runs over the whole fragment as before. Results are the same either way (see
// keyword-anchor.test.ts, which checks it on every rule's own examples).

/**
 * How many characters before a keyword occurrence a match of `source` may start, when every
 * match starts with a literal that contains one of `keywords` (ASCII, compared ignoring case),
 * optionally after one character such as `(?:^|[^a-z0-9])`; null when that cannot be shown.
 */
export function keywordLead(source: string, flags: string, keywords: readonly string[]): number | null {
  // With `u` and `i`, non-ASCII characters fold to ASCII (the Kelvin sign to k), which an
  // ASCII keyword scan does not see.
  if (flags.includes('u') || flags.includes('v') || flags.includes('m') || flags.includes('s')) return null;
  const kws = keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
  if (kws.length === 0 || kws.length !== keywords.length) return null;
  let lead = 0;
  for (const branch of splitTop(source)) {
    const d = branchLead(branch, kws);
    if (d === null) return null;
    lead = Math.max(lead, d);
  }
  return lead;
}

/** The lead of one alternative: `\b`? then a lead character? then a literal starting with a keyword. */
function branchLead(branch: string, kws: string[]): number | null {
  let s = branch.startsWith('\\b') ? branch.slice(2) : branch;
  let lead = 0;
  const one = leadChar(s);
  if (one !== null) {
    lead = 1;
    s = s.slice(one);
  }
  if (s.startsWith('(')) {
    const inner = s.startsWith('(?:') ? 3 : s.startsWith('(?') ? -1 : 1;
    if (inner < 0) return null;
    const close = closing(s, 0);
    if (close < 0 || isQuantifier(s[close + 1])) return null;
    const body = s.slice(inner, close);
    // A group is the start when each of its alternatives is; a literal after it does not matter.
    let max = 0;
    for (const alt of splitTop(body)) {
      const d = branchLead(alt, kws);
      if (d === null) return null;
      max = Math.max(max, d);
    }
    return lead + max;
  }
  // The literal the alternative starts with: a keyword inside it at offset d means the match
  // starts d characters before that keyword (`api\.telegram\.org/bot` for `telegram`).
  const lower = literalPrefix(s).toLowerCase();
  let at = -1;
  for (const k of kws) {
    const i = lower.indexOf(k);
    if (i !== -1 && (at === -1 || i < at)) at = i;
  }
  return at === -1 ? null : lead + at;
}

/** Length of a leading construct that consumes exactly one character or none at the start: `(?:^|[…])` or `[…]`. */
function leadChar(s: string): number | null {
  const m = /^\(\?:\^\|(\[[^\]\\]*\])\)/.exec(s) ?? /^(\[[^\]\\]*\])(?![?*+{])/.exec(s);
  return m ? m[0].length : null;
}

/**
 * The literal characters a pattern starts with (letters, digits, `_`, `-`, and punctuation
 * escaped with a backslash), minus any the next token makes optional or repeats.
 */
function literalPrefix(s: string): string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (i < s.length && /[A-Za-z0-9_-]/.test(s[i]!)) out.push(s[i++]!);
    // `\.` is a dot; `\d`, `\b`, `\w` and the like are not literals.
    else if (s[i] === '\\' && i + 1 < s.length && /[^A-Za-z0-9]/.test(s[i + 1]!)) {
      out.push(s[i + 1]!);
      i += 2;
    } else break;
  }
  // `tokens?`: the quantifier applies to the last character only.
  if (isQuantifier(s[i])) out.pop();
  return out.join('');
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** Splits at `|` outside groups and classes. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
