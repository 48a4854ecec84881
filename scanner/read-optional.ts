import { readFile, stat } from 'node:fs';

/**
 * A file's text, or null when it does not exist. Any other failure becomes the caller's own
 * error (a config error, an input error), built from the errno code; `ENOTREG` for something
 * that is not a regular file: a repository may hold a config file that is a link to /dev/zero
 * or a FIFO, and reading it would never end.
 */
export function readOptional(file: string, failure: (code: string, cause: unknown) => Error): Promise<string | null> {
  // The callback API: every hook looks for its config and ignore files, and the promise API
  // (node:fs/promises) is a module of its own to load, with readline behind it.
  return new Promise((resolve, reject) => {
    const fail = (err: NodeJS.ErrnoException): void => {
      if (err.code === 'ENOENT') resolve(null);
      else reject(failure(err.code ?? 'unknown error', err));
    };
    stat(file, (err, st) => {
      if (err) fail(err);
      else if (st.isDirectory()) fail(Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' }));
      else if (!st.isFile()) fail(Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTREG' }));
      else readFile(file, 'utf8', (err2, text) => (err2 ? fail(err2) : resolve(text)));
    });
  });
}
