import { setFlagsFromString } from 'node:v8';

let enabled = false;

/**
 * Lets V8 switch a regex to its linear-time engine when backtracking runs away, so a
 * pathological input or a user's config regex cannot hang a scan. Rules are written without
 * lookarounds and backreferences (RE2 has none either), which the linear engine requires.
 * Process-wide; must run before the regexes are first executed.
 */
export function enableRegexFallback(): void {
  if (enabled) return;
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  enabled = true;
}
