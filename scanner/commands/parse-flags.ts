// Parsers for command-line flag values: each rejects a bad value with a one-line UsageError.
import { UsageError } from '../errors.js';

export function parseSize(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--max-file-size ${value}: expected a positive number of megabytes, e.g. 25`);
  return n;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `A..B` with both sides non-empty; a three-dot range means something else in git. */
export function parseRange(value: string): string {
  if (!/^[^.\s]+\.\.[^.\s]+$/.test(value)) {
    throw new UsageError(`--range ${value}: expected two revisions joined by two dots, e.g. --range origin/main..HEAD`);
  }
  return value;
}

export function collectRegex(value: string, previous: RegExp[]): RegExp[] {
  try {
    return [...previous, new RegExp(value)];
  } catch (err) {
    throw new UsageError(`--exclude ${value}: not a valid regular expression (${(err as Error).message})`);
  }
}
