import { Worker } from 'node:worker_threads';
import type { DetectorSpec } from '../detect/from-spec.js';
import type { FromWorker, ScanTask, TaskResult, ToWorker } from './messages.js';

export type { ScanTask, TaskResult } from './messages.js';

export interface PoolOptions extends DetectorSpec {
  threads: number;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

interface Pending {
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
  slot: Slot;
}

/** Tasks each worker holds at once: one running, one queued, so a worker never waits on us. */
const PER_WORKER = 2;

/**
 * Detection on worker threads. `run()` never queues without bound: callers keep `inFlight`
 * under `capacity` (or await `whenReady()`), which gives a streaming source back-pressure.
 */
export class DetectPool {
  readonly capacity: number;
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: (() => void)[] = [];
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(options: PoolOptions) {
    const threads = Math.max(1, Math.floor(options.threads));
    const workerData: DetectorSpec = { configText: options.configText, configFile: options.configFile };
    this.slots = Array.from({ length: threads }, () => {
      const slot: Slot = { worker: spawnWorker(workerData), inFlight: 0 };
      slot.worker.on('message', (msg: FromWorker) => this.settle(msg));
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`detection worker exited with code ${code}`));
      });
      return slot;
    });
    this.capacity = threads * PER_WORKER;
  }

  static start(options: PoolOptions): DetectPool {
    return new DetectPool(options);
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Resolves when another task can be submitted without exceeding capacity. */
  whenReady(): Promise<void> {
    if (this.pending.size < this.capacity || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  run(task: ScanTask): Promise<TaskResult> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    slot.inFlight++;
    const msg: ToWorker = { id, task };
    return new Promise<TaskResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage(msg, transferList(task));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private settle(msg: FromWorker): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    p.slot.inFlight--;
    if ('error' in msg) p.reject(new Error(msg.error));
    else p.resolve(msg.result);
    this.waiters.shift()?.();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
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
function spawnWorker(workerData: DetectorSpec): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./detect-worker.js', import.meta.url), { workerData });
  const entry = new URL('./detect-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
