// Investigation of a leaked AWS key: CloudTrail's record of what the key (and the session
// keys it obtained) did from 90 days before the exposure until now, summarised onto the
// incident record, into the timeline, and — when something looks like an attacker — the
// severity raised to critical and the channel told. The lookup uses the responder's own
// credentials: the leaked key is only the search term, and never leaves this job unredacted.
import {
  breakdownLines,
  type CloudTrailSummary,
  summariseActivity,
  summaryLine,
} from '../../rules/aws/activity-summary.js';
import { lookupKeyActivity, lookupWindow, type RegionClient } from '../../rules/aws/investigate.js';
import { parseKnownNetworks } from '../../rules/aws/known-networks.js';
import { writeCloudTrailSummary } from '../ledger/investigation.js';
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import { sharedPacer } from '../redis/rate-slot.js';
import { errorMessage } from '../log.js';
import { pageChannel } from './page.js';
import { loadIncident, notifySlack } from './record.js';
import { addDisclosureTasks } from '../people/disclosure.js';

export async function investigateAwsKey(
  ctx: JobContext,
  incidentId: string,
  regions: RegionClient[],
  now = new Date(),
): Promise<CloudTrailSummary | undefined> {
  const incident = await loadIncident(ctx, incidentId);
  const key = await watchedKeyId(ctx, incidentId);
  if (!key) {
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'investigation',
      text: 'CloudTrail was not searched: the sealed copy of the access key id has expired or was deleted',
      key: 'cloudtrail:no-key',
    });
    return undefined;
  }
  const window = lookupWindow(exposedSince(incident), now, now);
  // CloudTrail allows 2 requests per second per account and region, for all workers together.
  const pace = sharedPacer(ctx.s.redis, (region) => ctx.s.keys.rateSlot(`cloudtrail:${region}`), 500);
  let lookup: Awaited<ReturnType<typeof lookupKeyActivity>>;
  try {
    lookup = await lookupKeyActivity(regions, key, window, { timeoutMs: ctx.s.config.aws.timeoutMs, pace });
  } catch (err) {
    // Retried like any job; on the last attempt, a note for people instead of a failed incident:
    // containment does not depend on the investigation.
    if (ctx.job.attemptsMade + 1 < (ctx.job.opts?.attempts ?? 1)) throw err;
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'investigation',
      text: ctx.scrubber.text(
        `CloudTrail could not be searched (${errorMessage(err)}): look up the key's events by hand (CloudTrail → Event history, filter "AWS access key")`,
      ),
      key: `cloudtrail:failed:${incident.round}`,
    });
    await notifySlack(ctx, incidentId, 'cloudtrail:failed');
    return undefined;
  }
  const known = parseKnownNetworks(ctx.s.config.aws.knownCidrs.join(','));
  const summary = summariseActivity(lookup, window, known, now);
  await writeCloudTrailSummary(ctx.s.ledger, incidentId, summary);
  await ctx.s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'investigation',
    text: ctx.scrubber.text(summaryLine(summary)),
    key: `cloudtrail:round:${incident.round}`,
  });
  if (summary.total > 0) {
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'investigation',
      text: ctx.scrubber.text(breakdownLines(summary).join('. ')),
      key: `cloudtrail:detail:${incident.round}`,
    });
  }
  if (summary.retentionNote) {
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'investigation',
      text: summary.retentionNote,
      key: `cloudtrail:retention:${incident.round}`,
    });
  }
  if (summary.possibleAttackerActivity && incident.severity !== 'critical') {
    await ctx.s.ledger.setFields(incidentId, { severity: 'critical' });
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'severity',
      text: `severity raised from ${incident.severity} to critical: CloudTrail shows possible attacker activity`,
      key: 'severity:critical:cloudtrail',
    });
  }
  if (summary.possibleAttackerActivity) {
    await pageChannel(
      ctx,
      incident,
      'cloudtrail',
      `CloudTrail shows possible attacker activity: ${summaryLine(summary)}`,
    );
  }
  await addDisclosureTasks(ctx, incidentId, summary);
  await notifySlack(ctx, incidentId, `cloudtrail:${summary.possibleAttackerActivity ? 'flagged' : 'quiet'}`);
  return summary;
}

/** The key id to search for: the sealed copy kept for investigation and monitoring, else the containment copy. */
export async function watchedKeyId(ctx: JobContext, incidentId: string): Promise<string | undefined> {
  return (
    (await ctx.s.secrets.get(incidentId, 'watch', ctx.scrubber)) ??
    (await ctx.s.secrets.get(incidentId, 'primary', ctx.scrubber))
  );
}

/** The earliest moment the key was readable: the recorded exposure start or the first commit. */
export function exposedSince(i: Incident & { pushedAt?: string }): Date {
  const candidates = [i.pushedAt, i.exposureStart, ...i.locations.map((l) => l.date)]
    .map((d) => (d ? Date.parse(d) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  // Detection is the latest the exposure can have begun, when nothing earlier is known.
  return new Date(candidates.length > 0 ? Math.min(...candidates) : Date.parse(i.openedAt));
}
