// What a rewrite must know about the repository, and the checks that keep it from destroying
// work that exists nowhere else (as git-filter-repo does: a fresh clone, or --force).
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { isPartialClone } from '../git/blob-sizes.js';
import { gitText, repoRoot } from '../git/git-process.js';

export interface RepoInfo {
  /** The top level (work tree) or, bare, the git dir. */
  root: string;
  gitDir: string;
  /** Where objects live (shared by all work trees). */
  objectsDir: string;
  bare: boolean;
  objectFormat: 'sha1' | 'sha256';
}

export async function inspectRepo(dir: string): Promise<RepoInfo> {
  const root = await repoRoot(dir);
  const [gitDirRaw, bareText, format, objects] = (
    await gitText(root, [
      'rev-parse',
      '--absolute-git-dir',
      '--is-bare-repository',
      '--show-object-format',
      '--git-path',
      'objects',
    ])
  )
    .trim()
    .split('\n');
  const gitDir = gitDirRaw!;
  const objectsDir = isAbsolute(objects!) ? objects! : join(root, objects!);
  return { root, gitDir, objectsDir, bare: bareText === 'true', objectFormat: format === 'sha256' ? 'sha256' : 'sha1' };
}

const FRESH = 'rewrite a fresh clone (git clone --mirror URL) or pass --force';

/**
 * Throws an InputError (exit 2, one line) when rewriting would lose work or could not be
 * complete. Missing history (shallow, partial) and uncommitted changes are refused even with
 * --force: the first cannot be rewritten faithfully, the second would be overwritten when the
 * working tree is updated. A dry run changes nothing, so only the first applies to it.
 */
export async function refuseUnsafe(repo: RepoInfo, o: { force: boolean; dryRun: boolean }): Promise<void> {
  const at = repo.root;
  if ((await gitText(at, ['rev-parse', '--is-shallow-repository'])).trim() === 'true')
    throw new InputError(`${at} is a shallow clone; run git fetch --unshallow first, or rewrite a full clone`);
  if (await isPartialClone(at))
    throw new InputError(`${at} is a partial clone (objects missing); rewrite a full clone: git clone --mirror URL`);
  if ((await gitText(at, ['rev-list', '-n1', '--all'])).trim() === '')
    throw new InputError(`${at} has no commits; there is no history to rewrite`);
  if (o.dryRun) return;
  if (!repo.bare) {
    for (const op of ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'rebase-merge', 'rebase-apply']) {
      if (existsSync(join(repo.gitDir, op)))
        throw new InputError(`${at} is in the middle of a merge, rebase or cherry-pick; finish or abort it first`);
    }
    const dirty = await gitText(at, ['status', '--porcelain', '--untracked-files=no']);
    if (dirty.trim() !== '')
      throw new InputError(
        `${at} has uncommitted changes, which updating the working tree would overwrite; commit or stash them first`,
      );
  }
  if (o.force) return;
  const stash = await gitText(at, ['rev-parse', '-q', '--verify', 'refs/stash'], { okCodes: [1] });
  if (stash.trim() !== '') throw new InputError(`${at} has stashed changes, which would be rewritten; ${FRESH}`);
  const worktrees = (await gitText(at, ['worktree', 'list', '--porcelain']))
    .split('\n')
    .filter((l) => l.startsWith('worktree '));
  if (worktrees.length > 1)
    throw new InputError(`${at} has ${worktrees.length - 1} other work tree(s) that would go stale; ${FRESH}`);
  const remotes = (await gitText(at, ['remote'])).trim().split('\n').filter(Boolean);
  if (remotes.length === 0)
    throw new InputError(`${at} has no remote, so nothing shows its history is stored elsewhere; ${FRESH}`);
  // A mirror clone's branches are the remote's: there is nothing local to lose.
  for (const r of remotes) {
    const mirror = await gitText(at, ['config', '--get', `remote.${r}.mirror`], { okCodes: [1] });
    if (mirror.trim() === 'true') return;
  }
  const unpushed = (await gitText(at, ['rev-list', '--branches', '--not', '--remotes']))
    .trim()
    .split('\n')
    .filter(Boolean);
  if (unpushed.length > 0) {
    const where = (await gitText(at, ['branch', '--format=%(refname:short)', '--contains', unpushed[0]!]))
      .trim()
      .split('\n')[0];
    throw new InputError(
      `${at} has ${unpushed.length} commit(s) not on any remote (e.g. on branch ${where}); push them first, or ${FRESH}`,
    );
  }
}
