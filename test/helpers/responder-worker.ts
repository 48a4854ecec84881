// `leakhound worker` as its own process, for tests that kill or stop a worker.
import { runWorker } from '../../responder/main.js';

await runWorker(process.env);
