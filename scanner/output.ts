// The report is written with node:fs's synchronous calls: the scan is over when it is written,
// and the promise API would be one more part of Node for a hook to load (~4 ms of its start,
// see scripts/build-cli.mjs).
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';
import { stdout } from './stdio.js';

/**
 * Writes a report to `file` atomically (a temporary file beside it, then rename), so a crash
 * or a full disk never leaves a half-written report for CI to upload; `-` or none is stdout.
 */
export async function writeReport(text: string, file: string | undefined): Promise<void> {
  if (!file || file === '-') {
    await new Promise<void>((resolve, reject) => stdout().write(text, (err) => (err ? reject(err) : resolve())));
    return;
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never written, or already gone
    }
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `--output ${file}: cannot write the report (${code}); check that the directory exists and is writable`,
    );
  }
}
