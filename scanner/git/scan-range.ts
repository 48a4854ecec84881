import type { Detector } from '../detect/detector.js';
import type { Finding, SkippedInput } from '../finding.js';
import { scanChanges, streamPatch } from './diff-scan.js';
import { STABLE_CONFIG, gitText, repoRoot } from './git-process.js';
import type { FileChange } from './patch.js';
import { resolveRange, revListInput } from './revisions.js';

export interface RangeOptions {
  /** Any directory inside the repository (or a bare mirror). */
  repo: string;
  /** `A..B` as a push reports it (`before..after`); see resolveRange for a zero or unknown A. */
  range: string;
  detector: Detector;
  /** Blobs larger than this are skipped and reported `too-large`. Default 25 MiB. */
  maxBytes?: number;
}

/**
 * The lines a push or pull request adds, commit by commit: each finding carries the commit
 * that added its line. A merge contributes only lines new relative to all its parents (its
 * conflict resolution). Never fails because A is missing; fails (InputError) when B is.
 */
export async function scanRange(
  o: RangeOptions,
): Promise<{ findings: Finding[]; skipped: SkippedInput[]; commits: number }> {
  const repo = await repoRoot(o.repo);
  const selection = await resolveRange(repo, o.range);
  if (selection.empty) return { findings: [], skipped: [], commits: 0 };
  const input = revListInput(selection);
  const commits = (
    await gitText(repo, ['rev-list', '--reverse', '--topo-order', ...input.args], { input: input.stdin })
  )
    .split('\n')
    .filter((l) => l !== '');
  if (commits.length === 0) return { findings: [], skipped: [], commits: 0 };
  const changes: FileChange[] = [];
  await streamPatch(
    repo,
    [
      ...STABLE_CONFIG,
      'diff-tree',
      '--stdin',
      '-r',
      '--root',
      '-c',
      '-p',
      '-M',
      '-U0',
      '--full-index',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--ignore-submodules=none',
      '--src-prefix=a/',
      '--dst-prefix=b/',
    ],
    `${commits.join('\n')}\n`,
    (f) => changes.push(f),
  );
  const result = await scanChanges(repo, changes, o);
  return { ...result, commits: commits.length };
}
