import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for every regex the scanner runs, set once per process (see enableRegexFallback).
 *
 * - The linear-time fallback: V8 switches a regex to its linear-time engine when backtracking
 *   runs away, so a pathological input or a user's config regex cannot hang a scan. Rules are
 *   written without lookarounds and backreferences (RE2 has none either), which it requires.
 * - 20 runs in the bytecode interpreter before compiling to machine code (V8's default is 1).
 *   A pre-commit hook runs the dozen regexes a change wakes a few times each on a few lines,
 *   where compiling them cost more than it saved (about 4 ms of its scan). V8 still compiles at
 *   once for a subject of 1,000 characters or more, so file and history scans are unchanged.
 * - No peephole pass over that bytecode. It makes each regex's first runs slower to start than
 *   they run: without it, a hook's first detect on a one-line change took 6.6 ms instead of
 *   10.7 (medians of 21). Machine code, which every large input gets, does not use the pass.
 *
 * A flag that V8 does not know is not an error: V8 prints a line on stderr and goes on. A test
 * checks that the Node running the tests knows each one.
 */
export const REGEX_FLAGS = [
  '--enable-experimental-regexp-engine-on-excessive-backtracks',
  '--regexp-tier-up-ticks=20',
  '--no-regexp-peephole-optimization',
] as const;

let enabled = false;

/** Sets REGEX_FLAGS. Process-wide; must run before the regexes are first executed. */
export function enableRegexFallback(): void {
  if (enabled) return;
  for (const flag of REGEX_FLAGS) setFlagsFromString(flag);
  enabled = true;
}
