// The worker boundary: every job passes through here. Data read back from Redis is validated
// against the JobMap (bad data is unrecoverable: retrying cannot fix it), errors are scrubbed
// before BullMQ stores them, and a job that will not be retried again is never dropped
// silently: its incident is marked as needing a human and Slack hears about it.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { Scrubber } from '../crypto/scrub.js';
import { errorMessage } from '../log.js';
import { SchemaError } from '../schema.js';
import type { Services } from '../services.js';
import type { JobContext, Handlers } from './context.js';
import { JOBS, type QueueName } from './job-map.js';
import { jobId } from './producer.js';

export function processorFor<Q extends QueueName>(
  queue: Q,
  handlers: Handlers<Q>,
  s: Services,
): (job: Job, token?: string) => Promise<unknown> {
  return async (job: Job, token?: string) => {
    const scrubber = new Scrubber();
    try {
      const schema = (JOBS[queue] as Record<string, (v: unknown, p: string) => unknown>)[job.name];
      const handler = (handlers as Record<string, (d: unknown, c: JobContext) => Promise<unknown>>)[job.name];
      if (!schema || !handler) throw new UnrecoverableError(`queue ${queue} has no job named ${job.name}`);
      let data: unknown;
      try {
        data = schema(job.data, 'data');
      } catch (err) {
        if (err instanceof SchemaError)
          throw new UnrecoverableError(`job ${queue}/${job.name} ${job.id}: invalid data: ${err.message}`);
        throw err;
      }
      const result = await handler(data, { job, token, scrubber, s });
      await s.metrics.jobFinished(queue, job.name, 'completed');
      return result;
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      const safe = scrubber.error(err instanceof Error ? err : new Error(String(err)));
      const final = safe instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      s.log.warn(final ? 'job failed for good' : 'job failed, will retry', {
        queue,
        job: job.name,
        id: job.id,
        attempt: job.attemptsMade + 1,
        error: safe.message,
      });
      if (final) await onExhausted(s, queue, job, safe.message);
      throw safe;
    }
  };
}

/** A job that will not run again: record it on its incident and alert a person. */
export async function onExhausted(s: Services, queue: string, job: Job, reason: string): Promise<void> {
  try {
    await s.metrics.jobFinished(queue, job.name, 'failed');
    const incidentId =
      typeof job.data?.incidentId === 'string' && /^[0-9a-f]{32}$/.test(job.data.incidentId)
        ? job.data.incidentId
        : undefined;
    const what = `${queue}/${job.name} failed after ${job.attemptsMade + 1} attempt(s): ${reason}`;
    if (incidentId && queue !== 'notify') {
      await markNeedsHuman(s, incidentId, what, job);
      return;
    }
    if (job.name === 'slack-alert' || job.name === 'slack-sync') {
      s.log.error('could not reach Slack; a person must check the incident ledger', {
        job: job.name,
        id: job.id,
        error: reason,
      });
      return;
    }
    const repo = typeof job.data?.repo?.fullName === 'string' ? ` for ${job.data.repo.fullName as string}` : '';
    const text =
      job.name === 'fetch-alert'
        ? `:warning: leakhound needs a human: could not fetch GitHub secret scanning alert #${String(job.data?.alertNumber)}${repo}, so nothing was contained (${reason}). Give leakhound access (GITHUB_TOKEN with "Secret scanning alerts: read", or GITHUB_APP_ID/GITHUB_APP_PRIVATE_KEY), then redeliver the webhook or look at the alert on GitHub.`
        : `:warning: leakhound needs a human: ${what}${repo}`;
    await s.producer.add('notify', 'slack-alert', { text }, jobId('slack-alert', queue, job.id ?? ''));
  } catch (err) {
    s.log.error('could not record a failed job; it is still in the failed set', {
      job: job.name,
      id: job.id,
      error: errorMessage(err),
    });
  }
}

async function markNeedsHuman(s: Services, incidentId: string, what: string, job: Job): Promise<void> {
  const step = job.queueName === 'containment' ? (job.name as 'aws-identify') : undefined;
  if (step) {
    await s.ledger.setStep(incidentId, step, {
      status: 'task',
      at: new Date().toISOString(),
      by: 'leakhound',
      detail: `the automatic step failed for good (${what}); do it by hand, then press its "Done" button`,
    });
  }
  await s.ledger.transition(incidentId, ['open', 'contained', 'needs-human'], 'needs-human', { needsHuman: what });
  await s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'needs-human',
    step,
    text: what,
    key: `exhausted:${job.queueName}:${job.id}`,
  });
  await s.producer.add(
    'notify',
    'slack-sync',
    { incidentId },
    jobId('slack-sync', incidentId, 'exhausted', job.id ?? ''),
  );
  await s.producer.add(
    'notify',
    'slack-alert',
    { text: `:rotating_light: Incident \`${incidentId}\` needs a human: ${what}` },
    jobId('slack-alert', job.queueName, job.id ?? ''),
  );
}
