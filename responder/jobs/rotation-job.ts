// A rotation step as a containment job (`aws-rotate-create`…): the replacement is created,
// verified, written and announced before the leaked credential is deactivated, and the leaked
// one deleted by a delayed job after the grace period. Rotation never holds containment up: a
// step that needs a person, or that keeps failing, leaves the playbook's `rotate` step as a task
// with the reason and the flow goes on to deactivate the leaked key as without rotation.
import type { Incident } from '../ledger/types.js';
import { ROTATION_JOBS, retireJob } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import { jobId } from '../queue/producer.js';
import { retireDelayMs, runRotationStep } from '../rotation/run-step.js';
import { mayAct } from './evidence.js';
import { loadIncident, notifySlack, recordStep } from './record.js';
import { verifyBeforeRotating } from './rotation-evidence.js';
import { hookFailed, hookRetryId, retryHookLater } from './rotation-hook.js';

/**
 * Set (to the incident's round) once a rotation step needed a person: the later steps of that
 * rotation do not run. A new round, or a responder's "Retry rotation", runs it again.
 */
export const STOPPED = 'rotation:stopped';

/** Set by "Retry rotation" to the click that asked for it. */
export const RETRIED = 'rotation:retried';

/** Which run of this round's rotation: '' for the first, the retry's click after "Retry rotation". */
async function runOf(ctx: JobContext, incident: Incident): Promise<string> {
  return (await ctx.s.ledger.getField(incident.id, RETRIED)) ?? '';
}

export async function stoppedThisRound(ctx: JobContext, incident: Incident): Promise<boolean> {
  return (await ctx.s.ledger.getField(incident.id, STOPPED)) === String(incident.round);
}

/** Set once the retire job is scheduled: the leaked credential stays in the encrypted store for it. */
export const RETIRE_PENDING = 'rotation:retire-pending';

export async function runRotationJob(ctx: JobContext, incidentId: string, job: string): Promise<string> {
  const entry = ROTATION_JOBS.get(job)!;
  const incident = await loadIncident(ctx, incidentId);
  if (entry.retire) return retire(ctx, incident, entry.step);
  if (incident.state === 'closed') return 'skipped: the incident is closed';
  if (incident.steps.rotate?.status === 'done') {
    const announce = entry.step === 'rotate-notify' && (await ctx.s.ledger.getField(incidentId, 'rotation:stored'));
    if (!announce) return 'skipped: rotated already';
  }
  if (await stoppedThisRound(ctx, incident)) return 'skipped: the rotation needs a person';
  // Creating a key is acting at the provider: the same evidence rule as deactivating it.
  if (entry.step === 'rotate-create') await verifyBeforeRotating(ctx, incident);
  if (!(await mayAct(ctx, await loadIncident(ctx, incidentId)))) return 'held: no evidence';

  const run = await runOf(ctx, incident);
  const attempts = ctx.job.opts.attempts ?? 1;
  const last = ctx.job.attemptsMade + 1 >= attempts;
  let r: Awaited<ReturnType<typeof runRotationStep>>;
  try {
    r = await runRotationStep(ctx.s, ctx.s.rotation, incidentId, entry.step, ctx.scrubber, run, {
      provider: entry.provider,
      ruleId: incident.ruleId,
    });
  } catch (err) {
    // A failed job would hold the flow, and with it the deactivation, up for good.
    if (!last) throw err;
    r = { outcome: 'retry', detail: ctx.scrubber.text(err instanceof Error ? err.message : String(err)) };
  }
  // After the write the replacement is in service: a failed announcement is not a failed rotation.
  if (entry.step === 'rotate-notify' && r.outcome !== 'done') {
    const retrying = ctx.job.id === hookRetryId(incident, run);
    if (r.outcome === 'task') return hookFailed(ctx, incident, r.detail);
    // In the flow, the hook gets one try: its retries must not hold the deactivation up.
    if (!retrying) return retryHookLater(ctx, incident, run, r.detail);
    if (!last) throw new Error(r.detail);
    return hookFailed(ctx, incident, `${r.detail} (${attempts} attempts)`);
  }
  if (r.outcome === 'retry') {
    if (!last) throw new Error(r.detail);
    return stop(ctx, incident, `gave up after ${attempts} attempts: ${r.detail}`);
  }
  if (r.outcome === 'task') return stop(ctx, incident, r.detail);
  if (entry.step === 'rotate-store') {
    await recordStep(ctx, incidentId, 'rotate', 'done', r.detail);
    await scheduleRetire(ctx, incident);
  }
  return 'done';
}

/** The rotation stops here: the playbook's `rotate` step is a person's again, with the reason. */
async function stop(ctx: JobContext, incident: Incident, detail: string): Promise<string> {
  await ctx.s.ledger.setFields(incident.id, { [STOPPED]: String(incident.round) });
  await recordStep(ctx, incident.id, 'rotate', 'task', detail);
  return 'task';
}

async function scheduleRetire(ctx: JobContext, incident: Incident): Promise<void> {
  const name = incident.provider ? retireJob(incident.provider) : undefined;
  const delay = await retireDelayMs(ctx.s, incident.id);
  if (!name || delay === undefined) return;
  await ctx.s.ledger.setFields(incident.id, { [RETIRE_PENDING]: new Date(Date.now() + delay).toISOString() });
  await ctx.s.producer.add(
    'containment',
    name,
    { incidentId: incident.id, step: name },
    jobId(name, incident.id, `round:${incident.round}`),
    { delay },
  );
}

/** After the grace period: delete the leaked credential, then drop the copy kept for it. */
async function retire(ctx: JobContext, incident: Incident, step: string): Promise<string> {
  const run = await runOf(ctx, incident);
  const r = await runRotationStep(ctx.s, ctx.s.rotation, incident.id, step, ctx.scrubber, run);
  if (r.outcome === 'retry') throw new Error(r.detail);
  await ctx.s.ledger.setFields(incident.id, { [RETIRE_PENDING]: '' });
  await ctx.s.secrets.delete(incident.id);
  await notifySlack(ctx, incident.id, `rotation:${step}:${r.outcome}`);
  return r.outcome;
}
