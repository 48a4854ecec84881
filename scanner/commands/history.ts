import { Command } from 'commander';
import { repoRoot } from '../git/git-process.js';
import { scanHistory } from '../git/history-scan.js';
import { DetectPool } from '../pool/detect-pool.js';
import type { DetectorSpec } from '../detect/from-spec.js';
import { defaultThreads } from '../scan-files.js';
import { finish, prepare, type CommonFlags } from './common.js';
import { withCommonFlags } from './common-flags.js';
import { DEFAULT_MAX_MB, maxBytes } from '../size-limit.js';
import { collect, parseRange, parseSize } from './parse-flags.js';

interface HistoryFlags extends CommonFlags {
  repo: string;
  since?: string;
  range?: string;
  ref: string[];
  pullRefs: boolean;
  maxFileSize?: number;
  progress: boolean;
}

export function historyCommand(run: (code: number) => void): Command {
  const cmd = new Command('history')
    .description('scan every blob in git history, each once, attributing findings to the commit that introduced them')
    .option('--repo <dir>', 'repository to scan', '.')
    .option('--since <rev>', 'only history not reachable from this revision')
    .option('--range <A..B>', 'only the commits B adds over A', parseRange)
    .option('--ref <ref>', 'walk this ref instead of all refs; repeatable', collect, [])
    .option('--no-pull-refs', 'skip refs/pull/* (pull request heads in a mirror)')
    .option('--max-file-size <MB>', `skip blobs larger than this many megabytes (default ${DEFAULT_MAX_MB})`, parseSize)
    .option('--no-progress', 'never show the progress line');
  withCommonFlags(cmd);
  return cmd.action(async (flags: HistoryFlags) => run(await history(flags)));
}

/**
 * Worker threads that read and scan history: one per core. Each reads its own share of the
 * blobs through its own `git cat-file` and plans and scans it (see scanOnWorkers); this thread
 * only collects results. `--threads 1` scans in this thread alone.
 */
/**
 * A history worker's V8 young generation in MB. Left to V8 it grows to tens of MB per thread,
 * which put two threads' peak RSS over 300 MB on the bench (309–344 MB); its garbage is
 * short-lived fragments, so 12 MB gave 254–285 MB at no more CPU time.
 */
export const HISTORY_YOUNG_MB = 12;

/**
 * A history worker's V8 old generation in MB. Left at V8's default (gigabytes), each worker
 * let ~25 MB of dead objects pile up between major collections, and peak RSS grew with the
 * length of the history (×1.10–1.17 when it doubled); under V8's memory-constrained size it
 * collects sooner: 209–213 MB instead of 235–244 on the bench, ×1.04–1.08. The cap leaves
 * room for the largest blob scanned: its text (up to two bytes a character) and what is
 * built from it, many times over.
 */
export function historyOldGenerationMb(maxBytes: number): number {
  return Math.max(512, Math.ceil(maxBytes / (1024 * 1024)) * 20);
}

/** Worker threads for a history scan (`history`, `rewrite`), or null to scan in this thread. */
export function historyPool(threads: number, spec: DetectorSpec, maxBytes: number): DetectPool | null {
  if (threads <= 1) return null;
  return DetectPool.start({
    threads,
    youngGenerationMb: HISTORY_YOUNG_MB,
    oldGenerationMb: historyOldGenerationMb(maxBytes),
    ...spec,
  });
}

export function poolThreads(requested: number): number {
  if (requested > 0) return requested;
  return defaultThreads();
}

async function history(flags: HistoryFlags): Promise<number> {
  const root = await repoRoot(flags.repo);
  const prepared = await prepare(flags, root);
  const threads = poolThreads(flags.threads);
  const limit = maxBytes(flags.maxFileSize, prepared.config);
  const pool = historyPool(threads, prepared.spec, limit);
  try {
    const result = await scanHistory({
      repo: root,
      engine: pool ?? prepared.detector,
      maxBytes: limit,
      progress: flags.progress && !!process.stderr.isTTY,
      pullRefs: flags.pullRefs,
      ...(flags.since !== undefined ? { since: flags.since } : {}),
      ...(flags.range !== undefined ? { range: flags.range } : {}),
      ...(flags.ref.length > 0 ? { refs: flags.ref } : {}),
    });
    const { blobs, bytes, ms } = result.stats;
    return (
      await finish(flags, prepared, root, {
        findings: result.findings,
        skipped: result.skipped,
        stats: { files: blobs, bytes, ms },
      })
    ).code;
  } finally {
    await pool?.close();
  }
}
