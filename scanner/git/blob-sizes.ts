import { GitError, gitText, spawnError, spawnGit, writeIds } from './git-process.js';
import type { Introductions } from './introductions.js';

/**
 * Records each blob's size in the table (-1 when the object is not in the repository), so
 * that progress knows the total and blobs over the size limit are never read.
 *
 * Usually one `git cat-file --batch-check` over the blob ids. In a partial clone that would
 * die at the first absent blob (lazy fetching is off, and git treats a failed fetch as fatal),
 * so there the repository's local objects are listed instead (`--batch-all-objects`, which
 * only enumerates what is present) and every blob not among them is missing.
 */
export async function sizeBlobs(repo: string, intro: Introductions, partial: boolean): Promise<void> {
  if (intro.blobCount === 0) return;
  const args = partial
    ? ['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objectname) %(objecttype) %(objectsize)']
    : ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'];
  for (let b = 0; b < intro.blobCount; b++) intro.setSize(b, -1);
  const child = spawnGit(repo, args);
  const done = exit(child);
  if (partial) child.stdin.end();
  else writeIds(child.stdin, intro.oids);
  let rest = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const text = rest + chunk.toString('latin1');
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const line = text.slice(start, nl);
      start = nl + 1;
      const sp = line.indexOf(' ');
      const b = intro.indexOf(line.slice(0, sp));
      if (b === undefined) continue;
      const [type, size] = line.slice(sp + 1).split(' ');
      if (type === 'blob' && size !== undefined) intro.setSize(b, Number(size));
    }
    rest = text.slice(start);
  }
  await done;
}

/** A partial clone (`clone --filter`): objects may be absent by design. */
export async function isPartialClone(repo: string): Promise<boolean> {
  const out = await gitText(repo, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], {
    okCodes: [1],
  });
  return out.split('\n').some((l) => l.trim() !== '' && !/ (false|no|off|0)$/i.test(l.trim()));
}

function exit(child: ReturnType<typeof spawnGit>): Promise<void> {
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new GitError(['cat-file', '--batch-check'], code, Buffer.concat(err).toString('utf8'))),
    );
  });
}
