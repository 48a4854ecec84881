import type { CommitInfo, Finding, SkippedInput } from '../finding.js';
import type { HistoryBatch, HistoryJob } from './history-job.js';

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
export type TaskBatch = { ids: number[]; tasks: ScanTask[] };
export type Outcome = { result: TaskResult } | { error: string };
export type BatchReply = { ids: number[]; outcomes: Outcome[] };

/** A worker's share of a history scan (see runHistoryJob); answered by batches, then `done`. */
export type HistoryRequest = { job: number; history: HistoryJob };
/** Where a history job failed: a git failure keeps what GitError needs to be rebuilt. */
export type JobFailure = { message: string; git?: { args: string[]; code: number | null; stderr: string } };
export type HistoryReply =
  | { job: number; batch: HistoryBatch }
  | { job: number; done: true }
  | { job: number; error: JobFailure };

export type ToWorker = TaskBatch | HistoryRequest;
export type FromWorker = BatchReply | HistoryReply;
