// Commit and tag messages are history too: a key pasted into a commit message is as leaked
// as one in a file. `leakhound history` scans blobs; a rewrite also scans every message.
import type { Detector } from '../detect/detector.js';
import type { Finding } from '../finding.js';
import { GitError, spawnError, spawnGit } from '../git/git-process.js';

export const COMMIT_MESSAGE = '(commit message)';
export const TAG_MESSAGE = '(tag message)';

export async function scanMessages(repo: string, detector: Detector): Promise<Finding[]> {
  const findings: Finding[] = [];
  const scan = (path: string) => (oid: string, text: string) => {
    const commit = { commit: oid, author: '', email: '', date: '', message: '' };
    for (const f of detector.detect({ text, path, commit })) findings.push(f);
  };
  await pairs(repo, ['log', '--all', '--format=%H%x00%B%x00'], scan(COMMIT_MESSAGE));
  await pairs(
    repo,
    ['for-each-ref', '--format=%(if:equals=tag)%(objecttype)%(then)%(objectname)%00%(contents)%00%(end)', 'refs/tags'],
    scan(TAG_MESSAGE),
  );
  return findings;
}

/** Streams `id NUL text NUL` records from git to `each`, one at a time. */
async function pairs(repo: string, args: string[], each: (oid: string, text: string) => void): Promise<void> {
  const child = spawnGit(repo, args);
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', resolve);
  });
  exited.catch(() => {});
  child.stdin.end();
  let rest = Buffer.alloc(0);
  let oid: string | null = null;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (let nul = buf.indexOf(0, pos); nul !== -1; nul = buf.indexOf(0, pos)) {
      const field = buf.toString('utf8', pos, nul);
      pos = nul + 1;
      if (oid === null) oid = field.trim();
      else {
        each(oid, field);
        oid = null;
      }
    }
    rest = Buffer.from(buf.subarray(pos));
  }
  const code = await exited;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString('utf8'));
}
