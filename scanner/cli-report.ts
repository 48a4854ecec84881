import { EXIT, isUserError } from './errors.js';
import { stderr } from './stdio.js';

/**
 * The one place errors become exit codes (with cli-program.ts, which adds commander's own):
 * one line on stderr, exit 2.
 */
export function reportError(err: unknown): number {
  if (isUserError(err)) {
    stderr().write(`leakhound: ${err.message}\n`);
    return EXIT.error;
  }
  const e = err as Error;
  stderr().write(`leakhound: internal error: ${e?.message ?? String(err)} (set LEAKHOUND_DEBUG=1 for details)\n`);
  if (process.env.LEAKHOUND_DEBUG) stderr().write(`${e?.stack ?? ''}\n`);
  return EXIT.error;
}
