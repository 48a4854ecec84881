// Records what the live verification said the credential can do, on the incident (for the page
// and the report) and in the timeline (and so the thread), once per incident.
import type { Verification } from '../../rules/provider.js';
import { writeCapabilities } from '../ledger/investigation.js';
import { attackerCapabilities } from '../providers/capabilities.js';
import type { JobContext } from '../queue/context.js';

export async function recordCapabilities(
  ctx: JobContext,
  incidentId: string,
  providerId: string,
  ruleId: string,
  v: Verification,
): Promise<void> {
  const c = attackerCapabilities(providerId, ruleId, v, new Date());
  const safe = { ...c, reason: ctx.scrubber.text(c.reason), summary: ctx.scrubber.text(c.summary) };
  await writeCapabilities(ctx.s.ledger, incidentId, safe);
  await ctx.s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'investigation',
    text: `What an attacker could do with it: ${safe.summary} (${safe.reason})`,
    key: 'capabilities',
  });
}
