// Investigation of a leaked AWS key: CloudTrail's record of what the key (and the session
// keys it obtained) did from 90 days before the exposure until now, summarised onto the
// incident record, into the timeline, and — when something looks like an attacker — the
// severity raised to critical and the channel told. The lookup uses the responder's own
// credentials: the leaked key is only the search term, and never leaves this job unredacted.
import { type CloudTrailSummary, summariseActivity, summaryLine } from '../../rules/aws/activity-summary.js';
import { lookupKeyActivity, lookupWindow, type RegionClient } from '../../rules/aws/investigate.js';
import { parseKnownNetworks } from '../../rules/aws/known-networks.js';
import { writeCloudTrailSummary } from '../ledger/investigation.js';
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import { sharedPacer } from '../redis/rate-slot.js';
import { loadIncident, notifySlack } from './record.js';
import { addDisclosureTasks } from '../people/disclosure.js';

export async function investigateAwsKey(
  ctx: JobContext,
  incidentId: string,
  regions: RegionClient[],
  now = new Date(),
): Promise<CloudTrailSummary | undefined> {
  const incident = await loadIncident(ctx, incidentId);
  const key = await ctx.s.secrets.get(incidentId, 'primary', ctx.scrubber);
  if (!key) {
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'investigation',
      text: 'CloudTrail was not searched: the access key id is no longer stored (it is deleted once contained)',
      key: 'cloudtrail:no-key',
    });
    return undefined;
  }
  const window = lookupWindow(exposedSince(incident), now, now);
  // CloudTrail allows 2 requests per second per account and region, for all workers together.
  const pace = sharedPacer(ctx.s.redis, (region) => ctx.s.keys.rateSlot(`cloudtrail:${region}`), 500);
  const lookup = await lookupKeyActivity(regions, key, window, { timeoutMs: ctx.s.config.aws.timeoutMs, pace });
  const known = parseKnownNetworks(ctx.s.config.aws.knownCidrs.join(','));
  const summary = summariseActivity(lookup, window, known, now);
  await writeCloudTrailSummary(ctx.s.ledger, incidentId, summary);
  await ctx.s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'investigation',
    text: ctx.scrubber.text(summaryLine(summary)),
    key: `cloudtrail:${window.to}`,
  });
  if (summary.possibleAttackerActivity && incident.severity !== 'critical') {
    await ctx.s.ledger.setFields(incidentId, { severity: 'critical' });
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'severity',
      text: `severity raised from ${incident.severity} to critical: CloudTrail shows possible attacker activity`,
      key: 'severity:critical:cloudtrail',
    });
  }
  await addDisclosureTasks(ctx, incidentId, summary);
  await notifySlack(ctx, incidentId, `cloudtrail:${summary.possibleAttackerActivity ? 'flagged' : 'quiet'}`);
  return summary;
}

/** The earliest moment the key was readable: the recorded exposure start or the first commit. */
export function exposedSince(i: Incident & { pushedAt?: string }): Date {
  const candidates = [i.pushedAt, i.exposureStart, ...i.locations.map((l) => l.date)]
    .map((d) => (d ? Date.parse(d) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  // Detection is the latest the exposure can have begun, when nothing earlier is known.
  return new Date(candidates.length > 0 ? Math.min(...candidates) : Date.parse(i.openedAt));
}
