import type { Finding, SkippedInput } from '../finding.js';
import type { DetectPool } from '../pool/detect-pool.js';
import type { HistoryBatch } from '../pool/history-job.js';
import { createProgress, type Progress } from '../progress.js';
import { isPartialClone, sizeBlobs } from './blob-sizes.js';
import { blobWork } from './blob-work.js';
import { READ_AHEAD, readObjects, type BatchObject } from './cat-file.js';
import { attachCommitInfo } from './commit-info.js';
import { isPool, submit, type Engine } from './engine.js';
import { repoRoot } from './git-process.js';
import { partitionBlobs } from './history-shares.js';
import { walkHistory } from './history-walk.js';
import type { Introductions } from './introductions.js';
import { KeyCache } from './known-lines.js';
import { Provenance, SkipLog } from './provenance.js';
import { selectRevisions, type RevisionOptions } from './revisions.js';
import { DEFAULT_MAX_BYTES } from '../size-limit.js';
import { addTime, timed, timedAsync } from '../profile.js';

export interface HistoryOptions extends RevisionOptions {
  /** Any directory inside the repository (or a bare repository). */
  repo: string;
  /** A Detector (this thread) or a started DetectPool (worker threads; not closed here). */
  engine: Engine;

  /** Blobs larger than this are skipped and reported `too-large`. Default 25 MiB. */
  maxBytes?: number;
  /** Progress line on stderr; default: when stderr is a TTY. */
  progress?: boolean;
}

export interface HistoryStats {
  commits: number;
  /** Unique blobs read and scanned. */
  blobs: number;
  bytes: number;
  ms: number;
}

export interface HistoryResult {
  findings: Finding[];
  skipped: SkippedInput[];
  stats: HistoryStats;
}

/** Hash-table slots of line keys kept to compare the next version of a file against: 32 MB. */
const CACHE_KEYS = 4 * 1024 * 1024;

/**
 * Scans every blob the selected history contains, once each, and attributes each finding to
 * the commit that introduced the secret at that path (see walkHistory and Provenance).
 *
 * Two phases: the walk collects which (path, blob) pairs are new in which commit; then
 * `git cat-file --batch` streams each unique blob once, in order of first appearance, into
 * detection: one process here with a Detector, or one per worker over its share of the blobs
 * with the pool (scanOnWorkers). A blob found at several paths is scanned once per path
 * (findings are per path) but read once. A new version of a file is scanned only where it
 * differs from the version it replaced, when that one is still in a small cache (see
 * newLineFragments): unchanged lines cannot introduce anything.
 */
export async function scanHistory(o: HistoryOptions): Promise<HistoryResult> {
  const started = performance.now();
  const repo = await repoRoot(o.repo);
  const walk = await timedAsync('history: walk (rev-list | diff-tree)', async () =>
    walkHistory(repo, await selectRevisions(repo, o)),
  );
  const intro = walk.intro;
  const skips = new SkipLog();
  for (const [path, commit] of walk.submodules) skips.add(path, 'submodule', `gitlink first seen in ${commit}`);

  // Sizing costs a pass over the objects (a third of git's read time); it is needed in a
  // partial clone (a read of an absent blob is fatal there) and for a progress line's total.
  const partial = await isPartialClone(repo);
  const showProgress = o.progress ?? !!process.stderr.isTTY;
  const sized = partial || showProgress;
  if (sized) await timedAsync('history: size blobs (cat-file --batch-check)', () => sizeBlobs(repo, intro, partial));
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const toRead: number[] = [];
  let totalBytes = 0;
  for (let b = 0; b < intro.blobCount; b++) {
    const size = sized ? intro.sizeOf(b) : 0;
    const skip = size < 0 ? 'missing-object' : size > maxBytes ? 'too-large' : null;
    if (skip === null) {
      toRead.push(b);
      totalBytes += size;
      continue;
    }
    for (const a of intro.appearances(b)) {
      const detail =
        skip === 'too-large'
          ? `${size} bytes (limit ${maxBytes})`
          : `blob ${intro.oids[b]} (shallow or partial clone, or a damaged repository)`;
      skips.add(a.path, skip, `${detail} in ${intro.commits[a.commit]}`);
    }
  }

  const provenance = new Provenance();
  const stats: HistoryStats = { commits: walk.commits, blobs: 0, bytes: 0, ms: 0 };
  const progress = createProgress('blobs', toRead.length, totalBytes, showProgress);
  const scan = { repo, intro, toRead, maxBytes, provenance, skips, stats, progress, sized };
  try {
    if (isPool(o.engine)) await scanOnWorkers(o.engine, scan);
    else await scanHere(o.engine, scan);
  } finally {
    progress.stop();
  }
  const findings = provenance.findings();
  await timedAsync('history: commit info', () => attachCommitInfo(repo, findings));
  stats.ms = Math.round(performance.now() - started);
  return { findings, skipped: skips.list(), stats };
}

interface Scan {
  repo: string;
  intro: Introductions;
  /** Blob numbers to read, in first-appearance order. */
  toRead: number[];
  maxBytes: number;
  provenance: Provenance;
  skips: SkipLog;
  stats: HistoryStats;
  progress: Progress;
  sized: boolean;
}

/**
 * Each worker reads its share of the blobs through its own `git cat-file` and plans and scans
 * them itself (see partitionBlobs), so git's inflate and the line diff spread over the cores
 * and this thread only collects results.
 */
async function scanOnWorkers(pool: DetectPool, s: Scan): Promise<void> {
  const { intro } = s;
  const threads = pool.threads;
  const weight = (b: number): number => (s.sized ? intro.sizeOf(b) : 0) + 1024;
  const shares = partitionBlobs(intro, s.toRead, threads, weight).map((blobs) => ({
    repo: s.repo,
    maxBytes: s.maxBytes,
    cacheKeys: Math.floor(CACHE_KEYS / threads),
    readAhead: Math.floor(READ_AHEAD / threads),
    commits: intro.commits,
    blobs,
  }));
  const collect = (batch: HistoryBatch): void => {
    for (const r of batch.results) s.provenance.add(r.order, r.findings);
    for (const k of batch.skips) s.skips.add(k.file, k.reason, k.detail);
    s.stats.blobs += batch.blobs;
    s.stats.bytes += batch.bytes;
    s.progress.tick(batch.blobs, batch.bytes);
  };
  await timedAsync('history: workers read and scan their shares', () => pool.runHistory(shares, collect));
}

/** One `git cat-file --batch` in this process, detection here (a Detector) or on the pool. */
async function scanHere(engine: Engine, s: Scan): Promise<void> {
  const { intro } = s;
  const running = new Set<Promise<void>>();
  const recent = new KeyCache(CACHE_KEYS);
  const onObject = async (obj: BatchObject): Promise<void> => {
    const b = intro.indexOf(obj.oid)!;
    const blob = { b, oid: obj.oid, seen: intro.appearances(b), replaced: intro.isReplaced(b) };
    const work = timed('history: plan (line keys, new-line fragments)', () =>
      blobWork(obj, blob, intro.commits, recent),
    );
    for (const k of work.skips) s.skips.add(k.file, k.reason, k.detail);
    if (obj.kind !== 'object') return;
    s.stats.blobs++;
    s.stats.bytes += obj.size;
    s.progress.tick(1, obj.size);
    const detectFrom = performance.now();
    for (const { order, task } of work.tasks) {
      await submit(
        engine,
        task,
        (r) => {
          if (r.skipped) s.skips.add(r.skipped.file, r.skipped.reason, r.skipped.detail);
          s.provenance.add(order, r.findings);
        },
        running,
      );
    }
    addTime('history: detect in this thread, or wait for the pool', performance.now() - detectFrom);
  };
  let waitFrom = performance.now();
  const oids = s.toRead.map((b) => intro.oids[b]!);
  for await (const obj of readObjects(s.repo, oids, { maxBytes: s.maxBytes })) {
    addTime('history: wait for blobs (cat-file --batch)', performance.now() - waitFrom);
    await onObject(obj);
    waitFrom = performance.now();
  }
  await timedAsync('history: drain the pool', () => Promise.all(running));
}
