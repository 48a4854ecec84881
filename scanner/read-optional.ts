import { readFile } from 'node:fs/promises';

/**
 * A file's text, or null when it does not exist. Any other failure becomes the caller's own
 * error (a config error, an input error), built from the errno code.
 */
export async function readOptional(
  file: string,
  failure: (code: string, cause: unknown) => Error,
): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ENOENT') return null;
    throw failure(code, err);
  }
}
