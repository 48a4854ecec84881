import type { Detector } from '../detect/detector.js';
import type { DetectPool } from '../pool/detect-pool.js';
import type { ScanTask, TaskResult } from '../pool/messages.js';
import { runTask } from '../pool/run-task.js';

/**
 * What runs detection for a git scan: a Detector in this thread, or the worker pool. Only the
 * pool's type is imported here, so a diff scan never loads worker code.
 */
export type Engine = Detector | DetectPool;

export function isPool(engine: Engine): engine is DetectPool {
  return typeof (engine as DetectPool).run === 'function';
}

/**
 * Submits one task, waiting first while the pool is full (back-pressure reaches git through
 * the paused reader). In-process, runs it now. `done` receives the result either way.
 */
export async function submit(
  engine: Engine,
  task: ScanTask,
  done: (r: TaskResult) => void,
  running: Set<Promise<void>>,
): Promise<void> {
  if (!isPool(engine)) {
    done(runTask(engine, task));
    return;
  }
  await engine.whenReady();
  const p = engine.run(task).then(done);
  running.add(p);
  void p.then(
    () => running.delete(p),
    () => running.delete(p),
  );
}
