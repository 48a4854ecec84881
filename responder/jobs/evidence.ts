// Recording evidence, and holding automatic containment back until there is some. Both sides
// write first and read second, so a step holding back and evidence arriving at the same
// moment cannot miss each other: at worst both go ahead, and every step is idempotent.
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import { containmentFlow } from '../triage/open-incident.js';
import { type Evidence, hasEvidence } from '../triage/evidence.js';
import { loadIncident, notifySlack } from './record.js';

/** Records the evidence once; containment held back for lack of it runs again as a new round. */
export async function grantEvidence(ctx: JobContext, incidentId: string, ev: Evidence): Promise<boolean> {
  if (!(await ctx.s.ledger.setOnce(incidentId, 'evidence', JSON.stringify(ev)))) return false;
  await ctx.s.ledger.append(incidentId, {
    actor: ev.by,
    kind: 'evidence',
    text: ctx.scrubber.text(ev.detail),
    key: `evidence:${ev.kind}`,
  });
  const incident = await loadIncident(ctx, incidentId);
  if (incident.heldForEvidence && incident.provider && incident.state !== 'closed') {
    await ctx.s.producer.addFlow(
      containmentFlow(incidentId, incident.provider, `evidence:${ev.kind}`, ctx.s.config.rotation.map !== undefined),
    );
  }
  await notifySlack(ctx, incidentId, `evidence:${ev.kind}`);
  return true;
}

/** Whether a step that changes something at the provider may run now. */
export async function mayAct(ctx: JobContext, incident: Incident): Promise<boolean> {
  if (hasEvidence(incident)) return true;
  await ctx.s.ledger.setOnce(incident.id, 'heldForEvidence', new Date().toISOString());
  return hasEvidence(await loadIncident(ctx, incident.id));
}
