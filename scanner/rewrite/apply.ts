// The effectful half of `leakhound rewrite`: carries out a RewritePlan on a repository.
//
// Atomic by construction: fast-import writes into a scratch repository inside the git dir
// that borrows the real objects (alternates), so the real refs are untouched while it runs.
// Only when every step has succeeded are its packs moved in (unreferenced objects are
// harmless) and every ref moved in one `git update-ref --stdin` transaction that also checks
// each ref's old value. Interrupted anywhere before that, the repository is as it was;
// after it, fully rewritten. A marker file makes the next run finish updating the working tree.
import { mkdir, rename, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from '../git/git-process.js';
import { blobPass } from './blob-pass.js';
import { ExportTransform, type TransformStats } from './export-transform.js';
import { runExport, startImport } from './fast-pipes.js';
import { SecretMatcher } from './matcher.js';
import type { RewritePlan } from './plan.js';
import type { RepoInfo } from './preflight.js';
import { rewriteProgress } from './progress-line.js';
import { readRefs, type RefChange, updateRefs, writeMaps } from './refs.js';

export interface ApplyOptions {
  repo: RepoInfo;
  plan: RewritePlan;
  findingBlobs: ReadonlySet<string>;
  dryRun: boolean;
  progress: boolean;
}

export interface RewriteResult {
  stats: TransformStats;
  /** Distinct reachable blobs that held a secret. */
  blobsRewritten: number;
  /** Binary blobs holding a secret that no finding was made in: left alone. */
  binaryLeft: number;
  /** Replacements per rule, in reachable blobs (once per distinct blob) and messages. */
  hits: Map<string, number>;
  /** Refs moved (empty on a dry run). */
  refs: RefChange[];
  /** Folder holding commit-map and ref-map (null on a dry run). */
  mapsDir: string | null;
}

/** The folder in the git dir where a rewrite keeps its scratch repository, maps and marker. */
export const workDir = (repo: RepoInfo): string => join(repo.gitDir, 'leakhound-rewrite');
export const CHECKOUT_PENDING = 'checkout-pending';

export async function applyRewrite(o: ApplyOptions): Promise<RewriteResult> {
  const { repo } = o;
  const matcher = new SecretMatcher(o.plan.secrets);
  const progress = rewriteProgress(o.progress);
  const work = workDir(repo);
  const scratch = join(work, `scratch-${process.pid}-${Date.now()}.git`);
  await mkdir(work, { recursive: true });
  await removeStaleScratch(work);
  const importer = o.dryRun ? null : await startImport(repo, scratch, join(scratch, 'marks'));
  try {
    // Read before the export starts: the transaction then refuses to move a ref that someone
    // moved meanwhile, instead of overwriting their commit with the rewritten old history.
    const before = await readRefs(repo.root);
    const blobs = await blobPass({
      repo: repo.root,
      matcher,
      objectFormat: repo.objectFormat,
      findingBlobs: o.findingBlobs,
      write: importer ? importer.write : null,
      progress,
    });
    const transform = new ExportTransform({
      blobs: blobs.blobs,
      blobHits: blobs.hits,
      matcher,
      signedCommits: blobs.signedCommits,
      signedTags: blobs.signedTags,
      onCommit: () => progress.commit(),
    });
    await runExport(repo.root, transform, importer ? importer.write : null);
    transform.end();
    const hits = transform.stats.hits;
    const result: RewriteResult = {
      stats: transform.stats,
      blobsRewritten: transform.stats.blobsReferenced,
      binaryLeft: blobs.binaryLeft,
      hits,
      refs: [],
      mapsDir: null,
    };
    // Nothing to replace any more (a second run): leave signed commits and every id as they are.
    if (!importer || total(hits) === 0) return result;
    await importer.finish();
    progress.stop();

    const after = await readRefs(scratch);
    const maps = await writeMaps(work, join(scratch, 'marks'), transform.originals, before, after);
    await movePacks(join(scratch, 'objects', 'pack'), join(repo.objectsDir, 'pack'));
    const marker = join(work, CHECKOUT_PENDING);
    if (!repo.bare) await writeFile(marker, 'refs rewritten; working tree not yet updated\n');
    await updateRefs(repo.root, maps.changes).catch(async (err: unknown) => {
      await rm(marker, { force: true });
      throw err;
    });
    await maps.commit();
    if (!repo.bare) await finishCheckout(repo);
    result.refs = maps.changes;
    result.mapsDir = work;
    return result;
  } finally {
    progress.stop();
    importer?.abort();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Brings the index and working tree to the rewritten HEAD; safe because the tree was clean. */
export async function finishCheckout(repo: RepoInfo): Promise<void> {
  await runGit(repo.root, ['reset', '-q', '--hard', 'HEAD']);
  await rm(join(workDir(repo), CHECKOUT_PENDING), { force: true });
}

/** Pack first, index last: git sees a pack only through its index. */
async function movePacks(from: string, to: string): Promise<void> {
  const names = await readdir(from).catch(() => [] as string[]);
  const order = (n: string): number => (n.endsWith('.pack') ? 0 : n.endsWith('.rev') ? 1 : n.endsWith('.idx') ? 2 : -1);
  for (const name of names.filter((n) => order(n) >= 0).sort((a, b) => order(a) - order(b)))
    await rename(join(from, name), join(to, name));
}

/** Scratch repositories of runs that were killed: never referenced, safe to delete. */
async function removeStaleScratch(work: string): Promise<void> {
  for (const name of await readdir(work)) {
    const pid = /^scratch-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await rm(join(work, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function total(hits: Map<string, number>): number {
  let n = 0;
  for (const v of hits.values()) n += v;
  return n;
}
