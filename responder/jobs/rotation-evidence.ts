// Evidence for a rotation that runs before anything else in its flow. AWS looks the key's owner
// up first (a read-only step that verifies the pair); a provider whose first containment step
// already acts (GitLab: revoke) has its rotation jobs first, so the first of them verifies the
// leaked credential the way that step would have, and a live answer is the evidence.
import { providerById } from '../../rules/providers.js';
import type { Incident } from '../ledger/types.js';
import { firstActingStep } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import { hasEvidence } from '../triage/evidence.js';
import { grantEvidence } from './evidence.js';

export async function verifyBeforeRotating(ctx: JobContext, incident: Incident): Promise<void> {
  const provider = incident.provider ? providerById(incident.provider) : undefined;
  if (!provider?.verify || hasEvidence(incident) || firstActingStep(provider.id) > 0) return;
  const secret = await ctx.s.secrets.get(incident.id, 'primary', ctx.scrubber);
  if (!secret) return;
  const v = await provider.verify({ ruleId: incident.ruleId, secret }, ctx.s.providers);
  const text =
    v.state === 'unknown'
      ? `could not tell whether the leaked credential works: ${v.reason}`
      : `leaked credential is ${v.state}: ${v.reason}`;
  await ctx.s.ledger.append(incident.id, {
    actor: 'leakhound',
    kind: 'verification',
    text: ctx.scrubber.text(text),
    key: `verify:${v.state}`,
  });
  if (v.state !== 'live') return;
  await grantEvidence(ctx, incident.id, {
    kind: 'verified-live',
    by: 'leakhound',
    at: new Date().toISOString(),
    detail: `the leaked credential works (${provider.name} verified it): containment may act on it`,
  });
}
