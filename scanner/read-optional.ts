import { readFile } from 'node:fs';

/**
 * A file's text, or null when it does not exist. Any other failure becomes the caller's own
 * error (a config error, an input error), built from the errno code.
 */
export function readOptional(file: string, failure: (code: string, cause: unknown) => Error): Promise<string | null> {
  // The callback API: every hook looks for its config and ignore files, and the promise API
  // (node:fs/promises) is a module of its own to load, with readline behind it.
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (!err) resolve(text);
      else if (err.code === 'ENOENT') resolve(null);
      else reject(failure(err.code ?? 'unknown error', err));
    });
  });
}
