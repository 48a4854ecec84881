// Recording what happened: a step's new state, its timeline entry, and a Slack sync so the
// channel follows along. Idempotent, like everything a job calls.
import { UnrecoverableError } from 'bullmq';
import type { Incident } from '../ledger/types.js';
import type { StepId, StepStatus } from '../playbook/playbook.js';
import type { JobContext } from '../queue/context.js';
import { jobId } from '../queue/producer.js';

export async function notifySlack(ctx: JobContext, incidentId: string, reason: string): Promise<void> {
  await ctx.s.producer.add('notify', 'slack-sync', { incidentId }, jobId('slack-sync', incidentId, reason));
}

/** The incident, or UnrecoverableError: a job for an incident that does not exist cannot succeed. */
export async function loadIncident(ctx: JobContext, id: string): Promise<Incident> {
  const incident = await ctx.s.ledger.get(id);
  if (!incident) throw new UnrecoverableError(`incident ${id} does not exist`);
  return incident;
}

/**
 * The incident when `step` still has to run, otherwise null: already done (a retry or a
 * duplicate), or the incident was closed meanwhile (false positive), which skips the step.
 */
export async function beginStep(ctx: JobContext, id: string, step: StepId): Promise<Incident | null> {
  const incident = await loadIncident(ctx, id);
  const state = incident.steps[step];
  if (state?.status === 'done' || state?.status === 'skipped') return null;
  if (incident.state === 'closed') {
    await recordStep(ctx, id, step, 'skipped', `the incident was closed (${incident.resolution ?? 'closed'}) first`);
    return null;
  }
  return incident;
}

export async function recordStep(
  ctx: JobContext,
  id: string,
  step: StepId,
  status: StepStatus,
  detail: string,
  by = 'leakhound',
): Promise<void> {
  const text = ctx.scrubber.text(detail);
  await ctx.s.ledger.setStep(id, step, { status, at: new Date().toISOString(), by, detail: text });
  const verb = status === 'done' ? 'done' : status === 'task' ? 'needs a person' : 'skipped';
  await ctx.s.ledger.append(id, {
    actor: by,
    kind: 'step',
    step,
    text: `${verb}: ${text}`,
    key: `step:${step}:${status}`,
  });
  await notifySlack(ctx, id, `step:${step}:${status}`);
}

/** A step that a person has to do: the incident needs a human until they do it. */
export async function recordTask(ctx: JobContext, id: string, step: StepId, task: string): Promise<void> {
  await recordStep(ctx, id, step, 'task', task);
  await ctx.s.ledger.transition(id, ['open', 'contained'], 'needs-human', { needsHuman: ctx.scrubber.text(task) });
}
