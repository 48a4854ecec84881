// The git a run needs beyond scanning: finding out what a (usually shallow) actions/checkout
// clone has, and fetching what it lacks from `origin`. actions/checkout leaves its
// credentials in the clone's config, so these fetches work in private repositories too.
import { readFile } from 'node:fs/promises';
import { GitError, gitText, runGit } from '../scanner/git/git-process.js';

export async function hasCommit(repo: string, rev: string): Promise<boolean> {
  const { code } = await runGit(repo, ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], {
    okCodes: [1, 128],
  });
  return code === 0;
}

export async function isShallow(repo: string): Promise<boolean> {
  return (await gitText(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The commits whose parents a shallow clone cut off. */
export async function shallowCommits(repo: string): Promise<Set<string>> {
  const file = (await gitText(repo, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])).trim();
  const text = await readFile(file, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter((l) => l !== ''));
}

/** Runs `git fetch` against origin; false (with git's reason) when origin refuses or lacks it. */
export async function fetch(repo: string, args: string[]): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await runGit(repo, [
      '-c',
      'protocol.version=2',
      'fetch',
      '--quiet',
      '--no-write-fetch-head',
      '--no-recurse-submodules',
      ...args,
    ]);
    return { ok: true };
  } catch (err) {
    if (err instanceof GitError) return { ok: false, reason: err.message };
    throw err;
  }
}

/** Fetches a commit by id unless the clone has it; in a shallow clone, only that commit. */
export async function ensureCommit(repo: string, sha: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (await hasCommit(repo, sha)) return { ok: true };
  const depth = (await isShallow(repo)) ? ['--depth=1'] : [];
  const r = await fetch(repo, ['--no-tags', ...depth, 'origin', sha]);
  if (!r.ok) return r;
  return (await hasCommit(repo, sha)) ? { ok: true } : { ok: false, reason: `origin sent no commit ${sha}` };
}

/** Fetches a branch of origin into its remote-tracking ref and returns its tip, or null. */
export async function fetchBranch(repo: string, branch: string): Promise<string | null> {
  const tracking = `refs/remotes/origin/${branch}`;
  const depth = (await isShallow(repo)) ? ['--depth=1'] : [];
  const r = await fetch(repo, ['--no-tags', ...depth, 'origin', `+refs/heads/${branch}:${tracking}`]);
  if (!r.ok) return null;
  return (await gitText(repo, ['rev-parse', '--verify', tracking])).trim();
}

/** `git rev-list` over revisions given on stdin (`^X` excludes), parents first. */
export async function revList(repo: string, args: string[], stdin: string): Promise<string[]> {
  const out = await gitText(repo, ['rev-list', '--reverse', '--topo-order', ...args], { input: stdin });
  return out.split('\n').filter((l) => l !== '');
}
