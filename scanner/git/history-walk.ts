import { InputError } from '../errors.js';
import { GitError, spawnError, spawnGit } from './git-process.js';
import { Introductions } from './introductions.js';
import { revListInput, type Selection } from './revisions.js';

export interface Walk {
  intro: Introductions;
  /** Submodule (gitlink) paths and the first commit that has one there: never read. */
  submodules: Map<string, string>;
  commits: number;
}

const GITLINK = '160000';

/**
 * Walks the selected commits parents-first (`rev-list --reverse --topo-order`) and streams
 * each one's raw tree diff (`diff-tree --stdin -r -c --root -z`) into the introductions table.
 * Only changed entries are printed, so no commit's full tree is ever held. A merge shows only
 * paths whose result differs from every parent (`-c`): a blob taken from either side was
 * introduced on that side, earlier in the order; what differs from all sides is the merge's
 * own (a conflict resolution). A root commit, and the boundary of a shallow clone, is diffed
 * against the empty tree. Renames are not detected: a blob under a new path is a new
 * introduction at that path (findings are per path, DESIGN.md).
 */
export async function walkHistory(repo: string, selection: Selection): Promise<Walk> {
  const walk: Walk = { intro: new Introductions(), submodules: new Map(), commits: 0 };
  if (selection.empty) return walk;
  const input = revListInput(selection);
  const revList = spawnGit(repo, ['rev-list', '--reverse', '--topo-order', ...input.args]);
  const diffTree = spawnGit(repo, [
    'diff-tree',
    '--stdin',
    '--always',
    '-r',
    '-c',
    '--root',
    '-z',
    '--no-renames',
    '--ignore-submodules=none',
  ]);
  const revListDone = finished(revList, 'rev-list');
  const diffTreeDone = finished(diffTree, 'diff-tree');
  // Awaited after the output is read; until then a failure must not count as unhandled.
  for (const p of [revListDone, diffTreeDone]) p.catch(() => {});
  revList.stdin.on('error', () => {});
  revList.stdin.end(input.stdin);
  diffTree.stdin.on('error', () => {});
  revList.stdout.pipe(diffTree.stdin);

  const tokens = new NulTokens();
  let commit = '';
  let meta: string | null = null;
  const onToken = (t: string): void => {
    if (meta !== null) {
      record(walk, commit, meta, t);
      meta = null;
    } else if (t.charCodeAt(0) === 0x3a /* : */) meta = t;
    else {
      commit = t.trim();
      walk.commits++;
    }
  };
  for await (const chunk of diffTree.stdout as AsyncIterable<Buffer>) tokens.push(chunk, onToken);
  await Promise.all([revListDone, diffTreeDone]);
  return walk;
}

/** One raw diff record: `:<modes> <oids> <status>` (one colon per parent), then its path. */
function record(walk: Walk, commit: string, meta: string, path: string): void {
  let parents = 0;
  while (meta.charCodeAt(parents) === 0x3a) parents++;
  const fields = meta.slice(parents).split(' ');
  const mode = fields[parents]!;
  const oid = fields[2 * parents + 1]!;
  if (/^0+$/.test(oid)) return;
  if (mode === GITLINK) {
    if (!walk.submodules.has(path)) walk.submodules.set(path, commit);
    return;
  }
  // The version this one replaced at the same path in the first parent, when we have it.
  const base = fields[parents + 1]!;
  walk.intro.add(oid, path, commit, /^0+$/.test(base) ? -1 : (walk.intro.indexOf(base) ?? -1));
}

/** Splits a NUL-separated stream into UTF-8 tokens across chunk boundaries. */
class NulTokens {
  private rest: Buffer | null = null;

  push(chunk: Buffer, onToken: (t: string) => void): void {
    let start = 0;
    for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, start)) {
      const part = chunk.subarray(start, i);
      if (this.rest) {
        onToken(Buffer.concat([this.rest, part]).toString('utf8'));
        this.rest = null;
      } else onToken(part.toString('utf8'));
      start = i + 1;
    }
    if (start < chunk.length) {
      const tail = chunk.subarray(start);
      this.rest = this.rest ? Buffer.concat([this.rest, tail]) : Buffer.from(tail);
    }
  }
}

function finished(child: ReturnType<typeof spawnGit>, what: string): Promise<void> {
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const stderr = Buffer.concat(err).toString('utf8');
      if (/bad revision|unknown revision|ambiguous argument/.test(stderr)) {
        reject(
          new InputError(
            `${stderr.trim().split('\n')[0]}: check the ref names passed to history (e.g. main, v1.2.0, origin/main)`,
          ),
        );
      } else reject(new GitError([what], code, stderr));
    });
  });
}
