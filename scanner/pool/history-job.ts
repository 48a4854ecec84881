import type { Detector } from '../detect/detector.js';
import type { Finding, SkippedInput } from '../finding.js';
import { blobWork, type HistoryBlob } from '../git/blob-work.js';
import { readObjects } from '../git/cat-file.js';
import { KeyCache } from '../git/known-lines.js';
import { runTask } from './run-task.js';

/** One worker's share of a history scan: it reads these blobs itself and scans them. */
export interface HistoryJob {
  repo: string;
  maxBytes: number;
  /** Line-key cache budget (hash-table slots) for this share. */
  cacheKeys: number;
  /** Bytes of git output read ahead for this share. */
  readAhead: number;
  /** Commit ids by topological number. */
  commits: string[];
  /** In first-appearance order, so a file's earlier version is read before the next. */
  blobs: HistoryBlob[];
}

/** Results of some blobs: findings by introducing commit number, skips, and what was read. */
export interface HistoryBatch {
  results: { order: number; findings: Finding[] }[];
  skips: SkippedInput[];
  blobs: number;
  bytes: number;
}

/** Blobs per batch posted back: small enough for a live progress line, large enough to be cheap. */
const BATCH_BLOBS = 128;

/**
 * Runs one share in this thread: its own `git cat-file --batch` (so git's inflate runs on as
 * many cores as there are workers), the line-key planning and detection. The share holds every
 * version of a file whose earlier version it holds (see partitionBlobs), so the line diff
 * works as in one thread.
 */
export async function runHistoryJob(
  detector: Detector,
  job: HistoryJob,
  post: (batch: HistoryBatch) => void,
): Promise<void> {
  const recent = new KeyCache(job.cacheKeys);
  const byOid = new Map(job.blobs.map((blob) => [blob.oid, blob]));
  let batch: HistoryBatch = { results: [], skips: [], blobs: 0, bytes: 0 };
  let pending = 0;
  for await (const obj of readObjects(
    job.repo,
    job.blobs.map((blob) => blob.oid),
    { maxBytes: job.maxBytes, readAhead: job.readAhead, reuseBuffer: true },
  )) {
    const blob = byOid.get(obj.oid)!;
    const work = blobWork(obj, blob, job.commits, recent);
    batch.skips.push(...work.skips);
    if (obj.kind === 'object') {
      batch.blobs++;
      batch.bytes += obj.size;
    }
    for (const { order, task } of work.tasks) {
      const r = runTask(detector, task);
      if (r.skipped) batch.skips.push(r.skipped);
      if (r.findings.length > 0) batch.results.push({ order, findings: r.findings });
    }
    if (++pending >= BATCH_BLOBS) {
      post(batch);
      batch = { results: [], skips: [], blobs: 0, bytes: 0 };
      pending = 0;
    }
  }
  post(batch);
}
