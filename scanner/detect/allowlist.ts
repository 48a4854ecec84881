import type { Allowlist, RegexTarget } from '../../rules/types.js';

export interface Candidate {
  secret: string;
  match: string;
  /** The full line(s) the match is on. */
  line: string;
  path: string;
  commit: string;
}

/** True when `allowlist` suppresses `c`. AND needs every criterion given; OR needs any. */
export function allowlistMatches(allowlist: Allowlist, c: Candidate): boolean {
  const checks: boolean[] = [];
  if (allowlist.commits?.length) {
    checks.push(c.commit !== '' && allowlist.commits.some((sha) => c.commit.startsWith(sha)));
  }
  if (allowlist.paths?.length) checks.push(allowlist.paths.some((re) => test(re, c.path)));
  if (allowlist.regexes?.length) {
    const target = targetOf(allowlist.regexTarget, c);
    checks.push(allowlist.regexes.some((re) => test(re, target)));
  }
  if (allowlist.stopwords?.length) {
    const lower = c.secret.toLowerCase();
    checks.push(allowlist.stopwords.some((w) => lower.includes(w.toLowerCase())));
  }
  if (checks.length === 0) return false;
  return allowlist.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

/** True when the allowlist can decide from the path alone (OR, paths only or path match). */
export function allowsPath(allowlist: Allowlist, path: string): boolean {
  if (allowlist.condition === 'AND' && hasMoreThanPaths(allowlist)) return false;
  return !!allowlist.paths?.some((re) => test(re, path));
}

function hasMoreThanPaths(a: Allowlist): boolean {
  return !!(a.commits?.length || a.regexes?.length || a.stopwords?.length);
}

function targetOf(target: RegexTarget | undefined, c: Candidate): string {
  if (target === 'match') return c.match;
  if (target === 'line') return c.line;
  return c.secret;
}

function test(re: RegExp, s: string): boolean {
  // Allowlist regexes may come from user config with the g or y flag; keep them stateless.
  if (re.global || re.sticky) re.lastIndex = 0;
  return re.test(s);
}
