import { Worker } from 'node:worker_threads';
import type { DetectorSpec } from '../detect/from-spec.js';
import { GitError } from '../git/git-process.js';
import { InputError } from '../errors.js';
import type { HistoryBatch, HistoryJob } from './history-job.js';
import type { BatchReply, FromWorker, HistoryReply, ScanTask, TaskResult, ToWorker } from './messages.js';

export type { ScanTask, TaskResult } from './messages.js';

export interface PoolOptions extends DetectorSpec {
  threads: number;
  /** Caps each worker's V8 young generation (MB), trading a little GC time for memory. */
  youngGenerationMb?: number;
  /**
   * Caps each worker's V8 old generation (MB). Under a few hundred MB V8 treats the heap as
   * memory-constrained and collects the old generation before dead objects pile up; a worker
   * that needs more fails with InputError naming the way out (see fail).
   */
  oldGenerationMb?: number;
}

interface Slot {
  worker: Worker;
  /** Messages sent and not answered. */
  inFlight: number;
}

interface Job {
  onBatch: (batch: HistoryBatch) => void;
  resolve: () => void;
  reject: (e: Error) => void;
}

interface Pending {
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
  bytes: number;
}

/** Messages each worker holds at once: one running, one queued, so a worker never waits on us. */
const PER_WORKER = 2;
/** Text tasks below this size are batched; larger ones, bytes and files travel alone. */
const SMALL = 64 * 1024;
const BATCH_TASKS = 256;
const BATCH_CHARS = 256 * 1024;
/** Content held by queued and running tasks before `whenReady` makes callers wait. */
const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

/**
 * Detection on worker threads. Small text tasks (history's runs of new lines) are sent in
 * batches, since a message per task costs as much as scanning it. `run()` never queues without
 * bound: callers await `whenReady()` before each task, which gives a streaming source
 * back-pressure on both the number of tasks and the content they hold.
 */
export class DetectPool {
  readonly capacity: number;
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private readonly jobs = new Map<number, Job>();
  private readonly waiters: (() => void)[] = [];
  private batch: { ids: number[]; tasks: ScanTask[]; chars: number } = { ids: [], tasks: [], chars: 0 };
  private flushScheduled = false;
  private inFlightBytes = 0;
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(options: PoolOptions) {
    const threads = Math.max(1, Math.floor(options.threads));
    const workerData: DetectorSpec = {
      configText: options.configText,
      configFile: options.configFile,
      extended: options.extended ?? {},
    };
    this.slots = Array.from({ length: threads }, () => {
      const slot: Slot = {
        worker: spawnWorker(workerData, options.youngGenerationMb, options.oldGenerationMb),
        inFlight: 0,
      };
      slot.worker.on('message', (msg: FromWorker) => this.settle(slot, msg));
      slot.worker.on('error', (err) => this.fail(outOfMemory(err, options.oldGenerationMb)));
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`detection worker exited with code ${code}`));
      });
      return slot;
    });
    this.capacity = threads * PER_WORKER * BATCH_TASKS;
  }

  static start(options: PoolOptions): DetectPool {
    return new DetectPool(options);
  }

  /** Worker threads in the pool: a history scan splits its blobs into this many shares. */
  get threads(): number {
    return this.slots.length;
  }

  /**
   * Runs history shares, one per worker (at most `threads`), each reading its own blobs from
   * git; `onBatch` receives results as they come. Rejects on the first share that fails.
   */
  runHistory(shares: HistoryJob[], onBatch: (batch: HistoryBatch) => void): Promise<void> {
    if (shares.length > this.slots.length) throw new Error('more history shares than worker threads');
    return Promise.all(
      shares.map((history, i) => {
        if (this.failure) return Promise.reject(this.failure);
        const job = this.nextId++;
        const done = new Promise<void>((resolve, reject) => this.jobs.set(job, { onBatch, resolve, reject }));
        const msg: ToWorker = { job, history };
        this.slots[i]!.worker.postMessage(msg);
        return done;
      }),
    ).then(() => undefined);
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Resolves when another task can be submitted without exceeding capacity. */
  whenReady(): Promise<void> {
    if (this.hasRoom() || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  run(task: ScanTask): Promise<TaskResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const bytes = task.text?.length ?? task.bytes?.length ?? 0;
    const done = new Promise<TaskResult>((resolve, reject) => this.pending.set(id, { resolve, reject, bytes }));
    this.inFlightBytes += bytes;
    if (task.text !== undefined && task.text.length < SMALL) {
      this.batch.ids.push(id);
      this.batch.tasks.push(task);
      this.batch.chars += task.text.length;
      if (this.batch.tasks.length >= BATCH_TASKS || this.batch.chars >= BATCH_CHARS) this.flush();
      else this.scheduleFlush();
    } else {
      this.send([id], [task]);
    }
    return done;
  }

  async close(): Promise<void> {
    this.flush();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private hasRoom(): boolean {
    return this.pending.size < this.capacity && this.inFlightBytes < MAX_IN_FLIGHT_BYTES;
  }

  /** A partial batch goes out once the caller yields, so a slow producer never stalls it. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.batch.tasks.length === 0) return;
    const { ids, tasks } = this.batch;
    this.batch = { ids: [], tasks: [], chars: 0 };
    this.send(ids, tasks);
  }

  private send(ids: number[], tasks: ScanTask[]): void {
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    const msg: ToWorker = { ids, tasks };
    slot.worker.postMessage(msg, tasks.flatMap(transferList));
  }

  private settle(slot: Slot, msg: FromWorker): void {
    if ('job' in msg) this.settleJob(msg);
    else this.settleTasks(slot, msg);
  }

  private settleJob(msg: HistoryReply): void {
    const job = this.jobs.get(msg.job);
    if (!job) return;
    if ('batch' in msg) {
      job.onBatch(msg.batch);
      return;
    }
    this.jobs.delete(msg.job);
    if ('done' in msg) job.resolve();
    else {
      const { git, message } = msg.error;
      job.reject(git ? new GitError(git.args, git.code, git.stderr) : new Error(message));
    }
  }

  private settleTasks(slot: Slot, msg: BatchReply): void {
    slot.inFlight--;
    msg.ids.forEach((id, i) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      this.inFlightBytes -= p.bytes;
      const outcome = msg.outcomes[i]!;
      if ('error' in outcome) p.reject(new Error(outcome.error));
      else p.resolve(outcome.result);
    });
    while (this.waiters.length > 0 && this.hasRoom()) this.waiters.shift()!();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const j of this.jobs.values()) j.reject(err);
    this.jobs.clear();
    for (const w of this.waiters.splice(0)) w();
  }
}

/**
 * Buffers that own their whole ArrayBuffer move to the worker without a copy. Small Node
 * Buffers are slices of a shared pool; transferring one would detach the pool, so those are
 * copied (they are small by definition).
 */
function transferList(task: ScanTask): ArrayBuffer[] {
  const b = task.bytes;
  if (!b) return [];
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) return [b.buffer];
  task.bytes = new Uint8Array(b);
  return [task.bytes.buffer as ArrayBuffer];
}

/**
 * The compiled worker in dist/. When running from TypeScript source (tests, tsx), the worker
 * registers tsx's loader first; it is a dev dependency and never loaded from dist/.
 */
function spawnWorker(workerData: DetectorSpec, youngMb: number | undefined, oldMb: number | undefined): Worker {
  const limits = {
    resourceLimits: {
      ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}),
      ...(oldMb ? { maxOldGenerationSizeMb: oldMb } : {}),
    },
  };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./detect-worker.js', import.meta.url), { workerData, ...limits });
  const entry = new URL('./detect-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, ...limits });
}

/** A worker that hit its old-generation cap, said as what to do about it. */
function outOfMemory(err: Error, oldMb: number | undefined): Error {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return err;
  return new InputError(
    `a detection worker ran out of memory${oldMb ? ` (${oldMb} MB)` : ''}: lower --max-file-size, or scan with --threads 1`,
  );
}
