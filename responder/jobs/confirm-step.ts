// Manual confirmations say exactly what they confirm: each "Done" button ticks one named step
// that was waiting for a person, nothing else. The incident is contained once every
// containment step but the replacement is done or moot, and it closes only when every step is
// settled (eradication included) and someone acknowledged it.
import type { Incident } from '../ledger/types.js';
import { phaseOf, type StepId } from '../playbook/playbook.js';
import type { JobContext } from '../queue/context.js';
import { markContained, requestReview } from './lifecycle.js';
import { loadIncident, notifySlack, recordStep } from './record.js';

export async function confirmStep(ctx: JobContext, incident: Incident, step: StepId, by: string): Promise<string> {
  const id = incident.id;
  if (incident.state === 'closed') return notifySlack(ctx, id, `done:${step}:already-closed`).then(() => 'closed');
  if (incident.steps[step]?.status !== 'task') return `step ${step} is not waiting for a person`;
  if (step === 'report') return 'the report is written by closing with the review, not ticked';
  await recordStep(ctx, id, step, 'done', 'confirmed by hand', by);
  const fresh = await loadIncident(ctx, id);
  if (phaseOf(step) === 'containment' && !fresh.containedAt && revoked(fresh)) await markContained(ctx, id, by);
  else if (fresh.containedAt && noContainmentTask(fresh)) {
    await ctx.s.ledger.transition(id, ['needs-human'], 'contained');
  }
  await requestReview(ctx, id, `done:${step}`);
  return `confirmed ${step}`;
}

/** Every containment step except the replacement and its redeploy (separate, later jobs) is done or moot. */
function revoked(i: Incident): boolean {
  return Object.entries(i.steps)
    .filter(([st]) => phaseOf(st as StepId) === 'containment' && st !== 'rotate' && st !== 'redeploy')
    .every(([, s]) => s?.status === 'done' || s?.status === 'skipped');
}

function noContainmentTask(i: Incident): boolean {
  return Object.entries(i.steps).every(([st, s]) => phaseOf(st as StepId) !== 'containment' || s?.status !== 'task');
}
