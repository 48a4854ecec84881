// `leakhound worker`: processors for every queue. Run as many as you like on as many machines
// as you like; they share nothing but Redis.
import { Worker } from 'bullmq';
import { enableRegexFallback } from '../scanner/detect/regex-safety.js';
import { type ResponderConfig, startupWarnings } from './config.js';
import { alertEvent } from './jobs/alert-event.js';
import { runContainmentStep } from './jobs/containment-step.js';
import { fetchAlertJob } from './jobs/fetch-alert.js';
import { investigationHandlers } from './jobs/investigate.js';
import { markContained, review } from './jobs/lifecycle.js';
import { notifyHandlers } from './jobs/notify.js';
import { scanPush } from './jobs/scan-push.js';
import { slackAction } from './jobs/slack-action.js';
import { triage } from './jobs/triage.js';
import { ensureCacheRoot, pruneCaches } from './github/git-cache.js';
import { errorMessage } from './log.js';
import type { Handlers } from './queue/context.js';
import { JOBS, QUEUE_NAMES, type QueueName } from './queue/job-map.js';
import { onExhausted, processorFor } from './queue/run-job.js';
import { bullPrefix } from './redis/keys.js';
import { closeServices, createServices, type ServiceOverrides, type Services } from './services.js';

const QUEUE_STEP_NAMES = Object.keys(JOBS.containment);

export const handlers: { [Q in QueueName]: Handlers<Q> } = {
  intake: {
    'scan-push': scanPush,
    'fetch-alert': fetchAlertJob,
    triage,
    'alert-event': alertEvent,
  },
  // One handler for every provider's steps (job names are the step ids, see job-map.ts).
  containment: Object.fromEntries(QUEUE_STEP_NAMES.map((n) => [n, runContainmentStep])),
  incident: {
    contained: ({ incidentId }, ctx) => markContained(ctx, incidentId, 'leakhound'),
    review: ({ incidentId }, ctx) => review(ctx, incidentId),
    ...investigationHandlers,
    'slack-action': slackAction,
  },
  notify: notifyHandlers,
};

/** How often a worker drops git caches of repositories whose incidents closed. */
const PRUNE_INTERVAL_MS = 10 * 60_000;

export interface WorkersHandle {
  services: Services;
  /** Stops taking jobs, lets running ones finish (up to the shutdown timeout), disconnects. */
  close(): Promise<void>;
}

export async function startWorkers(config: ResponderConfig, overrides: ServiceOverrides = {}): Promise<WorkersHandle> {
  enableRegexFallback();
  const cacheWarnings = await ensureCacheRoot(config.workDir);
  const s = createServices(config, 'worker', overrides);
  for (const warning of cacheWarnings) s.log.warn(warning);
  const sweep = (): void =>
    void pruneCaches(s).then(
      (repos) => repos.length > 0 && s.log.info('pruned git caches of closed incidents', { repos: repos.join(',') }),
      (err: unknown) => s.log.warn('could not prune git caches', { error: errorMessage(err) }),
    );
  sweep();
  const sweeper = setInterval(sweep, PRUNE_INTERVAL_MS).unref();
  const w = config.worker;
  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(queue, processorFor(queue, handlers[queue] as Handlers<typeof queue>, s), {
      connection: s.redis,
      prefix: bullPrefix(config.prefix),
      concurrency: w.concurrency,
      lockDuration: w.lockDurationMs,
      stalledInterval: w.stalledIntervalMs,
      // A job whose worker died twice is failed, and then handled like any exhausted job.
      maxStalledCount: 2,
    });
    worker.on('error', (err) => s.log.error('worker error', { queue, error: err.message }));
    worker.on('failed', (job, err) => {
      // Jobs failed by the stall checker never reached our processor wrapper.
      if (job && /stalled more than allowable limit/.test(err.message)) void onExhausted(s, queue, job, err.message);
    });
    return worker;
  });
  await Promise.all(workers.map((wk) => wk.waitUntilReady()));
  s.log.info('workers started', { queues: QUEUE_NAMES.join(','), concurrency: w.concurrency });
  for (const warning of startupWarnings(config, 'worker')) s.log.warn(warning);
  return {
    services: s,
    async close() {
      clearInterval(sweeper);
      const graceful = Promise.all(workers.map((wk) => wk.close()));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), w.shutdownTimeoutMs);
      });
      if ((await Promise.race([graceful, deadline])) === 'timeout') {
        s.log.warn('jobs still running at the shutdown deadline; they will be retried by another worker');
        await Promise.all(workers.map((wk) => wk.close(true)));
      }
      clearTimeout(timer);
      await closeServices(s);
      s.log.info('workers stopped');
    },
  };
}
