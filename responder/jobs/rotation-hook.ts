// The notify (redeploy) hook when it does not answer 2xx. The replacement is written by then, so
// the rotation stays done; what is left is that the services may still run the old credential.
// In the containment flow the hook gets one try, because its retries must not hold the leaked
// credential's deactivation up: a 429, a 5xx or no answer hands it to a job of its own, retried
// LEAKHOUND_JOB_ATTEMPTS times with exponential backoff. When that gives up, or the hook answers
// another 4xx, the playbook gets a `redeploy` task (and so the Slack thread a message) that names
// the hook's origin and its answer; the incident cannot close until someone presses its Done.
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import type { JobName } from '../queue/job-map.js';
import { jobId } from '../queue/producer.js';
import { notifySlack, recordStep } from './record.js';

/** The one background retry job of a rotation run (its id makes adding it twice a no-op). */
export const hookRetryId = (incident: Pick<Incident, 'id' | 'round'>, run: string): string =>
  jobId('rotate-notify-retry', incident.id, `round:${incident.round}`, run);

export async function retryHookLater(
  ctx: JobContext,
  incident: Incident,
  run: string,
  detail: string,
): Promise<string> {
  const { attempts, backoffMs } = ctx.s.config.worker;
  const name = ctx.job.name as JobName<'containment'>;
  await ctx.s.producer.add('containment', name, { incidentId: incident.id, step: name }, hookRetryId(incident, run), {
    delay: backoffMs,
  });
  await ctx.s.ledger.append(incident.id, {
    actor: 'leakhound',
    kind: 'rotation',
    text: `${detail}: trying again up to ${attempts} times with backoff; containment goes on meanwhile`,
    key: `rotate-notify:retrying:${run}`,
  });
  await notifySlack(ctx, incident.id, `rotate-notify:retrying:${incident.round}:${run}`);
  return 'retrying in the background';
}

export async function hookFailed(ctx: JobContext, incident: Incident, detail: string): Promise<string> {
  // A step of its own, like a stopped rotation's: the credential's state (contained or not) stays what it is.
  await recordStep(
    ctx,
    incident.id,
    'redeploy',
    'task',
    `the redeploy hook failed: ${detail}. The replacement is in the store and the rotation is done, but the services may still run the old credential: redeploy them by hand, then press Done`,
  );
  return 'task';
}
