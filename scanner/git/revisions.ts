import { InputError, UsageError } from '../errors.js';
import { gitText, runGit } from './git-process.js';

export interface RevisionOptions {
  /** Refs or revisions to walk. Default: every ref (branches, tags, remote-tracking refs, HEAD). */
  refs?: string[];
  /** Only what is not reachable from this revision (history added after it). */
  since?: string;
  /** `A..B`: what B adds over A (see resolveRange for a zero, missing or unrelated A). */
  range?: string;
  /** Walk `refs/pull/*` (GitHub pull request heads and merges in a mirror). Default true. */
  pullRefs?: boolean;
}

/** What to hand `git rev-list`: revisions to include and revisions whose ancestry to exclude. */
export interface Selection {
  include: string[];
  exclude: string[];
  /** Nothing to walk (an empty range such as A..A). */
  empty: boolean;
}

const ZERO = /^0+$/;

export async function selectRevisions(repo: string, o: RevisionOptions): Promise<Selection> {
  if (o.range !== undefined && (o.since !== undefined || o.refs?.length)) {
    throw new UsageError('--range cannot be combined with --since or explicit refs; e.g. --range origin/main..HEAD');
  }
  if (o.range !== undefined) return resolveRange(repo, o.range);
  for (const r of o.refs ?? []) checkRev(r);
  const include = o.refs?.length ? [...o.refs] : o.pullRefs === false ? ['--exclude=refs/pull/*', '--all'] : ['--all'];
  const exclude: string[] = [];
  if (o.since !== undefined) {
    checkRev(o.since);
    if (!(await exists(repo, o.since)))
      throw new InputError(`--since ${o.since}: no such revision in the repository; e.g. --since v1.2.0`);
    exclude.push(o.since);
  }
  return { include, exclude, empty: false };
}

/**
 * Resolves `A..B` to the commits B adds:
 * - A == B: nothing.
 * - A all zeros (a new branch) or A unknown to this repository (a force push after the old
 *   tip was collected, a shallow CI clone): what B adds over every ref that does not contain
 *   B, i.e. the commits that no other branch or tag already has. With no such ref (a first
 *   push) that is all of B's history.
 * - otherwise `B --not A`, which for a force push is what the rewritten branch brings.
 */
export async function resolveRange(repo: string, range: string): Promise<Selection> {
  const m = /^([^.]*)\.\.([^.].*)$/.exec(range);
  if (!m || m[1] === undefined || m[2] === undefined || m[2].includes('..')) {
    throw new UsageError(`--range ${range}: expected A..B, e.g. --range origin/main..HEAD or --range 0000000..abc1234`);
  }
  const a = m[1] || 'HEAD';
  const b = m[2];
  checkRev(a);
  checkRev(b);
  const bOid = await commitOf(repo, b);
  if (bOid === null) throw new InputError(`--range ${range}: ${b} is not a commit in this repository; fetch it first`);
  const aOid = ZERO.test(a) ? null : await commitOf(repo, a);
  if (aOid === bOid) return { include: [bOid], exclude: [], empty: true };
  if (aOid !== null) return { include: [bOid], exclude: [aOid], empty: false };
  return { include: [bOid], exclude: await refsNotContaining(repo, bOid), empty: false };
}

async function refsNotContaining(repo: string, oid: string): Promise<string[]> {
  const out = await gitText(repo, ['for-each-ref', `--no-contains=${oid}`, '--format=%(objectname)']);
  return [...new Set(out.split('\n').filter((l) => l !== ''))];
}

async function commitOf(repo: string, rev: string): Promise<string | null> {
  const { stdout, code } = await runGit(repo, ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], {
    okCodes: [1, 128],
  });
  return code === 0 ? stdout.toString('latin1').trim() : null;
}

async function exists(repo: string, rev: string): Promise<boolean> {
  return (await commitOf(repo, rev)) !== null;
}

/** Revisions come from flags and webhook payloads: never let one pass as an option. */
function checkRev(rev: string): void {
  if (rev.startsWith('-') || rev.includes('\n') || rev.includes('\0')) {
    throw new UsageError(
      `${JSON.stringify(rev)} is not a revision; expected a ref or commit such as main, v1.2.0 or abc1234`,
    );
  }
}

/**
 * How to hand a selection to `git rev-list`: pseudo-options on the command line, revisions on
 * stdin (`--stdin`), so thousands of excluded refs never hit the argument length limit.
 */
export function revListInput(s: Selection): { args: string[]; stdin: string } {
  const args = s.include.filter((r) => r.startsWith('--'));
  const revs = [...s.include.filter((r) => !r.startsWith('--')), ...s.exclude.map((r) => `^${r}`)];
  return { args: [...args, '--stdin'], stdin: revs.map((r) => `${r}\n`).join('') };
}
