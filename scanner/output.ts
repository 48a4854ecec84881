// node:fs's `promises`, read when used: the bundle gives a hook node:fs without loading the
// promise API, which only --output needs (see scripts/build-cli.mjs).
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

/**
 * Writes a report to `file` atomically (a temporary file beside it, then rename), so a crash
 * or a full disk never leaves a half-written report for CI to upload; `-` or none is stdout.
 */
export async function writeReport(text: string, file: string | undefined): Promise<void> {
  if (!file || file === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
    return;
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(tmp, text, { mode: 0o600 });
    await fs.promises.rename(tmp, file);
  } catch (err) {
    await fs.promises.unlink(tmp).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `--output ${file}: cannot write the report (${code}); check that the directory exists and is writable`,
    );
  }
}
