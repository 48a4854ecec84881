// Worker thread entry. Loads only detection code: rules, the detector and config parsing, and
// for history shares the git object reader.
import { parentPort, workerData } from 'node:worker_threads';
import { detectorFromSpec, type DetectorSpec } from '../detect/from-spec.js';
import { enableRegexFallback } from '../detect/regex-safety.js';
import { GitError } from '../git/git-process.js';
import { runHistoryJob } from './history-job.js';
import type { FromWorker, HistoryRequest, Outcome, TaskBatch, ToWorker } from './messages.js';
import { runTask } from './run-task.js';

enableRegexFallback();
const detector = detectorFromSpec(workerData as DetectorSpec);
const port = parentPort!;
const reply = (msg: FromWorker): void => port.postMessage(msg);

port.on('message', (msg: ToWorker) => {
  if ('history' in msg) void history(msg);
  else tasks(msg);
});

function tasks(msg: TaskBatch): void {
  const outcomes: Outcome[] = msg.tasks.map((task) => {
    try {
      return { result: runTask(detector, task) };
    } catch (err) {
      // The message names the file, never content: detection errors carry no secret.
      return { error: `${task.path}: ${(err as Error).message}` };
    }
  });
  reply({ ids: msg.ids, outcomes });
}

async function history({ job, history }: HistoryRequest): Promise<void> {
  try {
    await runHistoryJob(detector, history, (batch) => reply({ job, batch }));
    reply({ job, done: true });
  } catch (err) {
    // git's stderr and detection errors name objects and files, never content.
    const e = err as Error;
    const git = e instanceof GitError ? { args: e.args, code: e.code, stderr: e.stderr } : undefined;
    reply({ job, error: { message: e.message, ...(git ? { git } : {}) } });
  }
}
