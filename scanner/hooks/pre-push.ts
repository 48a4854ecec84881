// What a pre-push check scans. git gives the hook one stdin line per ref being pushed:
// `<local ref> <local sha> <remote ref> <remote sha>`. A deletion (local sha all zeros) adds
// nothing. An update of a ref the remote has scans remote..local. A new branch (remote sha
// all zeros) or one whose remote tip we never fetched scans the commits that no
// remote-tracking ref of that remote has.
import { UsageError } from '../errors.js';
import { gitText, runGit } from '../git/git-process.js';

export interface PushedRef {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export type PushScan =
  | { kind: 'range'; range: string; ref: string }
  /** Nothing the remote has is an ancestor: the local history is all new. */
  | { kind: 'history'; sha: string; ref: string };

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export function parsePushRefs(stdin: string): PushedRef[] {
  return stdin
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const [localRef, localSha, remoteRef, remoteSha, extra] = line.split(' ');
      if (
        !localRef ||
        !remoteRef ||
        !localSha ||
        !remoteSha ||
        extra !== undefined ||
        !SHA.test(localSha) ||
        !SHA.test(remoteSha)
      ) {
        throw new UsageError(
          `pre-push: expected "<local ref> <local sha> <remote ref> <remote sha>" as git writes it, got ${JSON.stringify(line)}`,
        );
      }
      return { localRef, localSha, remoteRef, remoteSha };
    });
}

/**
 * The scans for one push. Under the pre-commit framework stdin is consumed before the hook
 * runs: it passes PRE_COMMIT_FROM_REF/TO_REF instead, or only the remote and local branch when
 * the push has no commit the remote knows (then all of the branch's new commits are scanned).
 */
export async function pushScans(
  repo: string,
  remote: string,
  stdin: string,
  env: NodeJS.ProcessEnv,
): Promise<PushScan[]> {
  const from = env.PRE_COMMIT_FROM_REF;
  const to = env.PRE_COMMIT_TO_REF;
  if (from && to) return [{ kind: 'range', range: `${from}..${to}`, ref: env.PRE_COMMIT_REMOTE_BRANCH ?? to }];
  const refs = parsePushRefs(stdin);
  if (refs.length === 0 && env.PRE_COMMIT_REMOTE_NAME) {
    const local = env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD';
    const sha = (await gitText(repo, ['rev-parse', '--verify', '--end-of-options', `${local}^{commit}`])).trim();
    refs.push({
      localRef: local,
      localSha: sha,
      remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? local,
      remoteSha: '0'.repeat(40),
    });
  }
  return planPushScans(repo, env.PRE_COMMIT_REMOTE_NAME ?? remote, refs);
}

export async function planPushScans(repo: string, remote: string, refs: readonly PushedRef[]): Promise<PushScan[]> {
  const scans: PushScan[] = [];
  for (const r of refs) {
    if (ZERO.test(r.localSha)) continue;
    if (!ZERO.test(r.remoteSha) && (await isCommit(repo, r.remoteSha))) {
      scans.push({ kind: 'range', range: `${r.remoteSha}..${r.localSha}`, ref: r.remoteRef });
      continue;
    }
    const scan = await notOnRemote(repo, remote, r.localSha, r.remoteRef);
    if (scan) scans.push(scan);
  }
  return scans;
}

/**
 * The commits reachable from `sha` and from no remote-tracking ref of `remote`, as one range
 * `P..sha` where P is the parent (outside that set) that leaves the fewest commits: every such
 * P already excludes only commits the remote has, so the range never misses a new commit.
 */
async function notOnRemote(repo: string, remote: string, sha: string, ref: string): Promise<PushScan | null> {
  const remoteRefs = remote.startsWith('-') ? [] : ['--not', `--remotes=${remote}`];
  const fresh = lines(await gitText(repo, ['rev-list', '--parents', sha, ...remoteRefs]));
  if (fresh.length === 0) return null;
  const inSet = new Set(fresh.map((l) => l.split(' ')[0]!));
  const boundary = new Set(fresh.flatMap((l) => l.split(' ').slice(1)).filter((p) => !inSet.has(p)));
  if (boundary.size === 0) return { kind: 'history', sha, ref };
  let best: { parent: string; count: number } | null = null;
  for (const parent of boundary) {
    const count = Number((await gitText(repo, ['rev-list', '--count', sha, `^${parent}`])).trim());
    if (best === null || count < best.count) best = { parent, count };
  }
  return { kind: 'range', range: `${best!.parent}..${sha}`, ref };
}

async function isCommit(repo: string, sha: string): Promise<boolean> {
  const { code } = await runGit(repo, ['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] });
  return code === 0;
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}
