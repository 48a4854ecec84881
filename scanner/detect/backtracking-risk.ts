// A quick, conservative look at a regex from a user's config: can a backtracking engine blow
// up on it? Built-in rules are proven safe by a model checker in the tests; user regexes are
// not, so the risky ones run on a linear-time RE2 engine instead (see linear-regex.ts).

/**
 * True when the pattern has a quantified group that itself contains a quantifier or an
 * alternation (star height ≥ 2, `(a|a)*`: exponential), or an unbounded quantifier with
 * anything after it (`\w+=`, `\s*:`, `.*$`: quadratic, because a search retries from every
 * offset — `\w+=` takes seconds on a 100 KB run of letters, hours on a minified bundle).
 * Bounded repeats (`{0,40}`) are fine. Errs on the side of "risky": that costs speed only.
 */
export function hasBacktrackingRisk(source: string): boolean {
  // Per open group: does it contain a quantifier or an alternation?
  const stack: { inner: boolean }[] = [];
  let lastUnbounded = false;
  let unboundedSeen = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (unboundedSeen && c !== ')' && c !== '|') return true;
    if (c === '(') {
      stack.push({ inner: false });
      i += groupPrefixLength(source, i);
      lastUnbounded = false;
      continue;
    }
    if (c === '|') {
      if (stack.length > 0) stack[stack.length - 1]!.inner = true;
      lastUnbounded = false;
      i++;
      continue;
    }
    let atomEnd: number;
    let complexGroup = false;
    if (c === ')') {
      complexGroup = stack.pop()?.inner ?? false;
      atomEnd = i + 1;
    } else if (c === '\\') atomEnd = i + 2;
    else if (c === '[') atomEnd = skipClass(source, i) + 1;
    else atomEnd = i + 1;
    const q = quantifierAt(source, atomEnd);
    if (q?.repeats && complexGroup) return true;
    if (q?.unbounded && lastUnbounded) return true;
    if (stack.length > 0 && (q || complexGroup)) stack[stack.length - 1]!.inner = true;
    lastUnbounded = !!q?.unbounded;
    if (q?.unbounded) unboundedSeen = true;
    i = atomEnd + (q?.length ?? 0);
  }
  return false;
}

/** `(`, `(?:`, `(?<name>` … up to where the group's content starts. */
function groupPrefixLength(s: string, i: number): number {
  if (s[i + 1] !== '?') return 1;
  if (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') return s.indexOf('>', i) - i + 1;
  return s[i + 2] === '<' ? 4 : 3;
}

interface Quantifier {
  length: number;
  /** Can repeat more than once. */
  repeats: boolean;
  unbounded: boolean;
}

function quantifierAt(s: string, i: number): Quantifier | null {
  const c = s[i];
  let q: Quantifier | null = null;
  if (c === '*' || c === '+') q = { length: 1, repeats: true, unbounded: true };
  else if (c === '?') q = { length: 1, repeats: false, unbounded: false };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (m) {
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      q = { length: m[0].length, repeats: max > 1, unbounded: max === Infinity };
    }
  }
  if (q && s[i + q.length] === '?') q.length++;
  return q;
}

function skipClass(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === ']' && j > i + 1) return j;
  }
  return s.length;
}
