import { availableParallelism } from 'node:os';
import type { Detector } from './detect/detector.js';
import type { DetectorSpec } from './detect/from-spec.js';
import type { Finding, SkippedInput } from './finding.js';
import { DetectPool } from './pool/detect-pool.js';
import type { TaskResult } from './pool/messages.js';
import { runTask } from './pool/run-task.js';
import { createProgress } from './progress.js';
import { walk, type FileEntry, type WalkOptions } from './sources/files.js';

export interface ScanStats {
  files: number;
  bytes: number;
  ms: number;
}

export interface ScanResult {
  findings: Finding[];
  skipped: SkippedInput[];
  stats: ScanStats;
}

export interface FileScanOptions {
  /** 0 = one per core. 1 = scan in this thread. */
  threads: number;
  detector: Detector;
  spec: DetectorSpec;
  walk: WalkOptions;
  progress?: boolean;
  /** Content size under which the scan stays in this thread. Default IN_PROCESS_BYTES. */
  inProcessBelow?: number;
}

/** Below this much content, starting worker threads costs more than it saves. */
export const IN_PROCESS_BYTES = 4 * 1024 * 1024;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function scanFiles(targets: string[], options: FileScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const listed = await walk(targets, options.walk);
  const threads = options.threads > 0 ? options.threads : defaultThreads();
  const progress = createProgress('files', listed.files.length, listed.bytes, options.progress);
  const result: ScanResult = { findings: [], skipped: [...listed.skipped], stats: { files: 0, bytes: 0, ms: 0 } };
  // Progress counts every listed byte, read or skipped as binary, so it ends at its total.
  const collect = (r: TaskResult, size: number): void => {
    result.findings.push(...r.findings);
    if (r.skipped) result.skipped.push(r.skipped);
    else result.stats.files++;
    result.stats.bytes += r.bytes;
    progress.tick(1, size);
  };

  try {
    if (threads === 1 || listed.bytes <= (options.inProcessBelow ?? IN_PROCESS_BYTES) || listed.files.length < 2) {
      for (const f of listed.files) collect(runTask(options.detector, { path: f.path, file: f.abs }), f.size);
    } else {
      await runOnPool(listed.files, threads, options.spec, collect);
    }
  } finally {
    progress.stop();
  }
  result.stats.ms = Math.round(performance.now() - started);
  return result;
}

async function runOnPool(
  files: FileEntry[],
  threads: number,
  spec: DetectorSpec,
  collect: (r: TaskResult, size: number) => void,
): Promise<void> {
  const pool = DetectPool.start({ threads, ...spec });
  try {
    // Largest first, so one big file at the end does not leave the other threads idle.
    const ordered = [...files].sort((a, b) => b.size - a.size);
    const running = new Set<Promise<void>>();
    for (const f of ordered) {
      await pool.whenReady();
      const p = pool.run({ path: f.path, file: f.abs }).then((r) => collect(r, f.size));
      running.add(p);
      void p.finally(() => running.delete(p)).catch(() => {});
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
}
