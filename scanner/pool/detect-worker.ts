// Worker thread entry. Loads only detection code: rules, the detector and config parsing.
import { parentPort, workerData } from 'node:worker_threads';
import { detectorFromSpec, type DetectorSpec } from '../detect/from-spec.js';
import { enableRegexFallback } from '../detect/regex-safety.js';
import type { FromWorker, ToWorker } from './messages.js';
import { runTask } from './run-task.js';

enableRegexFallback();
const detector = detectorFromSpec(workerData as DetectorSpec);
const port = parentPort!;

port.on('message', (msg: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { id: msg.id, result: runTask(detector, msg.task) };
  } catch (err) {
    // The message names the file, never content: detection errors carry no secret.
    reply = { id: msg.id, error: `${msg.task.path}: ${(err as Error).message}` };
  }
  port.postMessage(reply);
});
