import type { CommitInfo, Finding, SkippedInput } from '../finding.js';

/** One unit of work for a detection worker. Exactly one of bytes, text, file or nameOnly is set. */
export interface ScanTask {
  /** Path reported in findings (relative to the scan root). */
  path: string;
  commit?: CommitInfo;
  /** Content, transferred to the worker without a copy when it owns its buffer. */
  bytes?: Uint8Array;
  text?: string;
  /** Absolute path the worker reads itself, so file content never crosses threads. */
  file?: string;
  /** The content is binary (the caller reports it skipped): run only the rules that judge a file by its path. */
  nameOnly?: true;
}

export interface TaskResult {
  findings: Finding[];
  skipped?: SkippedInput;
  /** Bytes actually scanned, for throughput reporting. */
  bytes: number;
}

/** Small tasks travel in batches: one message per task costs as much as scanning a few lines. */
export type ToWorker = { ids: number[]; tasks: ScanTask[] };
export type Outcome = { result: TaskResult } | { error: string };
export type FromWorker = { ids: number[]; outcomes: Outcome[] };
