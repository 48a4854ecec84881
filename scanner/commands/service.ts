import { Command } from 'commander';

// The responder is loaded only when one of these commands runs: a scan never pays for the
// AWS SDK, Slack, BullMQ or Redis clients.

export function serveCommand(run: (code: number) => void): Command {
  return new Command('serve')
    .description(
      'run the responder HTTP service: GitHub webhooks, Slack actions, incidents, metrics (configured by environment, see README)',
    )
    .action(async () => {
      const { runServe } = await import('../../responder/main.js');
      await runServe(process.env);
      run(0);
    });
}

export function workerCommand(run: (code: number) => void): Command {
  return new Command('worker')
    .description('run responder queue processors; start as many as you like on any machine sharing REDIS_URL')
    .action(async () => {
      const { runWorker } = await import('../../responder/main.js');
      await runWorker(process.env);
      run(0);
    });
}
