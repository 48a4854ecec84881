// Entry points for the CLI's `serve` and `worker` commands: read the environment, start,
// run until SIGTERM/SIGINT, shut down gracefully. A bad configuration throws ConfigError
// before anything starts (the CLI maps it to exit code 2).
import { loadResponderConfig } from './config.js';
import { startServer } from './server.js';
import { startWorkers } from './worker.js';

export async function runServe(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const handle = await startServer(loadResponderConfig(env, 'serve'));
  await untilSignal();
  await handle.close();
}

export async function runWorker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const handle = await startWorkers(loadResponderConfig(env, 'worker'));
  await untilSignal();
  await handle.close();
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (sig: NodeJS.Signals): void => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(sig);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}
