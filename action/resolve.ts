// Turns a target (plan.ts) into what the scanner runs on, fetching from origin what the
// checkout lacks: the commits named by the event, the default branch for a new branch, and
// enough history that no scanned commit is cut off by a shallow clone (a cut-off commit
// would look like it added every file it has).
import { InputError } from '../scanner/errors.js';
import { gitText, runGit } from '../scanner/git/git-process.js';
import { resolveRange, revListInput } from '../scanner/git/revisions.js';
import { ensureCommit, fetch, fetchBranch, isShallow, revList, shallowCommits } from './git.js';
import { short, shortRef, type Target } from './plan.js';

export type Scan =
  | { kind: 'nothing'; description: string }
  | { kind: 'range'; range: string; commits: number; description: string }
  | { kind: 'history'; description: string };

const ZERO_SHA = '0'.repeat(40);
/** Deepen by 50, 200, 800 and 3200 commits before fetching the whole history. */
const DEEPEN_STEPS = [50, 200, 800, 3200];

export async function resolveScan(repo: string, target: Target, log: (line: string) => void): Promise<Scan> {
  switch (target.kind) {
    case 'nothing':
      return { kind: 'nothing', description: `${target.why}: nothing to scan` };
    case 'history':
      return history(repo, target.why, log);
    case 'new-ref':
      return newRef(repo, target.head, target.ref, target.defaultBranch, target.label, log);
    case 'range': {
      await need(repo, target.head, target.label);
      const base = await ensureCommit(repo, target.base);
      if (!base.ok) {
        if (!target.fallbackBranch)
          throw new InputError(
            `${target.label}: cannot fetch the base commit ${target.base} from origin (${base.reason})`,
          );
        log(
          `${target.label}: the previous commit ${short(target.base)} is no longer on origin (${base.reason}); scanning what the push introduced instead`,
        );
        return newRef(repo, target.head, target.ref, target.fallbackBranch, target.label, log);
      }
      return range(repo, target.base, target.head, target.label, log);
    }
  }
}

/** `base..head`, made complete in a shallow clone; "nothing" when head adds no commits. */
async function range(
  repo: string,
  base: string,
  head: string,
  label: string,
  log: (line: string) => void,
  baseName = short(base),
): Promise<Scan> {
  const spec = `${base}..${head}`;
  const commits = await complete(repo, spec, [base, head], log);
  if (commits.length === 0)
    return { kind: 'nothing', description: `${label}: no new commits (${baseName}..${short(head)}), nothing to scan` };
  return {
    kind: 'range',
    range: spec,
    commits: commits.length,
    description: `${label}: ${plural(commits.length)} ${baseName}..${short(head)}`,
  };
}

/**
 * A ref new to origin: what head adds over the default branch. For the default branch itself
 * (the first push to a repository), or when there is no default branch to compare with,
 * everything reachable from head that no other ref already has.
 */
async function newRef(
  repo: string,
  head: string,
  ref: string,
  defaultBranch: string,
  label: string,
  log: (line: string) => void,
): Promise<Scan> {
  await need(repo, head, label);
  if (ref !== `refs/heads/${defaultBranch}`) {
    const tip = await fetchBranch(repo, defaultBranch);
    if (tip !== null)
      return range(
        repo,
        tip,
        head,
        `${label}: the commits not on ${defaultBranch}`,
        log,
        `${defaultBranch} ${short(tip)}`,
      );
    log(
      `cannot fetch the default branch ${defaultBranch} from origin; scanning all history of ${shortRef(ref)} that no other ref has`,
    );
  }
  await unshallow(repo, log);
  const spec = `${ZERO_SHA}..${head}`;
  const commits = await listed(repo, spec);
  if (commits.length === 0)
    return {
      kind: 'nothing',
      description: `${label}: no commits that other refs do not already have, nothing to scan`,
    };
  return {
    kind: 'range',
    range: spec,
    commits: commits.length,
    description: `${label}: ${plural(commits.length)} reachable from ${short(head)} and from no other ref`,
  };
}

async function history(repo: string, why: string, log: (line: string) => void): Promise<Scan> {
  const shallow = await isShallow(repo);
  const r = await fetch(repo, [
    ...(shallow ? ['--unshallow'] : []),
    '--tags',
    'origin',
    '+refs/heads/*:refs/remotes/origin/*',
  ]);
  if (!r.ok) {
    if (shallow)
      throw new InputError(
        `cannot fetch the full history from origin (${r.reason}); check out with fetch-depth: 0 instead`,
      );
    log(`cannot fetch other branches from origin (${r.reason}); scanning the refs the checkout has`);
  }
  const refs = (await gitText(repo, ['for-each-ref', '--format=%(refname)']))
    .split('\n')
    .filter((l) => l !== '').length;
  return { kind: 'history', description: `${why}: full history of all branches and tags (${refs} refs)` };
}

async function need(repo: string, sha: string, label: string): Promise<void> {
  const r = await ensureCommit(repo, sha);
  if (!r.ok) throw new InputError(`${label}: cannot fetch commit ${sha} from origin (${r.reason})`);
}

/**
 * Deepens a shallow clone until the range is whole: no commit in it is a shallow boundary
 * (its parents would be missing) and base and head meet (else everything below the boundary
 * on base's side would count as new). Falls back to the full history.
 */
async function complete(repo: string, spec: string, tips: string[], log: (line: string) => void): Promise<string[]> {
  for (const depth of [...DEEPEN_STEPS, 0]) {
    const commits = await listed(repo, spec);
    if (!(await isShallow(repo))) return commits;
    const cut = await shallowCommits(repo);
    if (!commits.some((c) => cut.has(c)) && (await meet(repo, tips))) return commits;
    if (depth === 0) {
      await unshallow(repo, log);
      continue;
    }
    log(`the checkout is shallow: fetching ${depth} more commits of history`);
    const r = await fetch(repo, ['--no-tags', `--deepen=${depth}`, 'origin', ...tips]);
    if (!r.ok)
      throw new InputError(
        `cannot deepen the shallow checkout from origin (${r.reason}); check out with fetch-depth: 0 instead`,
      );
  }
  return listed(repo, spec);
}

async function unshallow(repo: string, log: (line: string) => void): Promise<void> {
  if (!(await isShallow(repo))) return;
  log('the checkout is shallow: fetching the full history');
  const r = await fetch(repo, ['--no-tags', '--unshallow', 'origin']);
  if (!r.ok)
    throw new InputError(
      `cannot fetch the full history from origin (${r.reason}); check out with fetch-depth: 0 instead`,
    );
}

async function meet(repo: string, tips: string[]): Promise<boolean> {
  const { code } = await runGit(repo, ['merge-base', ...tips], { okCodes: [1] });
  return code === 0;
}

/** The commits scanRange will scan for this range, by the same resolution. */
async function listed(repo: string, spec: string): Promise<string[]> {
  const selection = await resolveRange(repo, spec);
  if (selection.empty) return [];
  const input = revListInput(selection);
  return revList(repo, input.args, input.stdin);
}

function plural(n: number): string {
  return `${n} commit${n === 1 ? '' : 's'}`;
}
