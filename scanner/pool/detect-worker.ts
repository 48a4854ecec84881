// Worker thread entry. Loads only detection code: rules, the detector and config parsing.
import { parentPort, workerData } from 'node:worker_threads';
import { detectorFromSpec, type DetectorSpec } from '../detect/from-spec.js';
import { enableRegexFallback } from '../detect/regex-safety.js';
import type { FromWorker, Outcome, ToWorker } from './messages.js';
import { runTask } from './run-task.js';

enableRegexFallback();
const detector = detectorFromSpec(workerData as DetectorSpec);
const port = parentPort!;

port.on('message', (msg: ToWorker) => {
  const outcomes: Outcome[] = msg.tasks.map((task) => {
    try {
      return { result: runTask(detector, task) };
    } catch (err) {
      // The message names the file, never content: detection errors carry no secret.
      return { error: `${task.path}: ${(err as Error).message}` };
    }
  });
  const reply: FromWorker = { ids: msg.ids, outcomes };
  port.postMessage(reply);
});
