// Watching a contained AWS key (the playbook's "watch for unusual activity"): a repeatable job
// per incident re-runs the CloudTrail lookup for the leaked key id, from containment on, every
// LEAKHOUND_MONITOR_INTERVAL_MS (a day) for LEAKHOUND_MONITOR_DAYS (30). Any call made with the
// key after containment — someone trying the dead key, or the key working again — goes to the
// timeline and the thread, once per CloudTrail event id; a call that succeeded pages the
// channel. The job removes itself when the period ends, or when the incident closes as a false
// positive (or on any close with LEAKHOUND_MONITOR_STOP_ON_CLOSE), and deletes the sealed key id.
import type { ActivityEvent } from '../../rules/aws/cloudtrail-event.js';
import { lookupKeyActivity, type RegionClient } from '../../rules/aws/investigate.js';
import type { ResponderConfig } from '../config.js';
import type { Incident } from '../ledger/types.js';
import { errorMessage } from '../log.js';
import type { JobContext } from '../queue/context.js';
import { sharedPacer } from '../redis/rate-slot.js';
import type { Services } from '../services.js';
import { watchedKeyId } from './aws-investigate.js';
import { pageChannel } from './page.js';
import { notifySlack } from './record.js';

const DAY = 86_400_000;
/** CloudTrail delivers most events within 15 minutes, some later: each run looks back this far past its cursor. */
const OVERLAP_MS = 3 * 3600_000;
/** The last event time seen (ISO), so that a run does not search the whole period again. */
export const MONITOR_CURSOR = 'monitor:cursor';
export const MONITOR_UNTIL = 'monitor:until';

const schedulerId = (incidentId: string): string => `monitor-aws-${incidentId}`;

/** How long the sealed key id lives: containment's TTL, plus the monitoring period, plus a day's slack. */
export function watchTtlSeconds(c: ResponderConfig): number {
  return c.secretTtlSeconds + c.monitor.days * 86_400 + Math.ceil(c.monitor.intervalMs / 1000) + 86_400;
}

/** Called once contained: schedules the repeatable lookup (idempotent: the scheduler id is per incident). */
export async function startMonitoring(ctx: JobContext, incident: Incident, containedAt: string): Promise<void> {
  const { intervalMs, days } = ctx.s.config.monitor;
  if (incident.provider !== 'aws' || days === 0) return;
  // Containment fixes the period (a retry computes the same end); a later round's containment
  // (the credential exposed again) extends it.
  const wanted = new Date(Date.parse(containedAt) + days * DAY).toISOString();
  const known = await ctx.s.ledger.getField(incident.id, MONITOR_UNTIL);
  const until = known && known > wanted ? known : wanted;
  await ctx.s.ledger.setFields(incident.id, { [MONITOR_UNTIL]: until });
  if (until <= new Date().toISOString()) return;
  await ctx.s.producer.queues.incident.upsertJobScheduler(
    schedulerId(incident.id),
    { every: intervalMs },
    { name: 'monitor-aws', data: { incidentId: incident.id }, opts: { attempts: 1, removeOnComplete: 100 } },
  );
  await ctx.s.ledger.append(incident.id, {
    actor: 'leakhound',
    kind: 'monitoring',
    text: `monitoring started: CloudTrail is searched for the contained key every ${every(intervalMs)} until ${until}; any use of it is posted here`,
    key: `monitor:start:${until}`,
  });
}

export async function stopMonitoring(s: Services, incidentId: string, why: string): Promise<void> {
  await s.producer.queues.incident.removeJobScheduler(schedulerId(incidentId));
  await s.secrets.deleteOne(incidentId, 'watch');
  const until = await s.ledger.getField(incidentId, MONITOR_UNTIL);
  if (!until) return;
  await s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'monitoring',
    text: `monitoring ended: ${why}; the sealed key id is deleted`,
    key: `monitor:end:${until}`,
  });
}

/** On closing: a false positive needs no watching; otherwise only when configured to stop on close. */
export async function monitoringOnClose(ctx: JobContext, incident: Incident, resolution: string): Promise<void> {
  const watching = await ctx.s.ledger.getField(incident.id, MONITOR_UNTIL);
  if (watching && resolution === 'contained' && !ctx.s.config.monitor.stopOnClose) return;
  await stopMonitoring(ctx.s, incident.id, `the incident closed (${resolution})`);
}

/** One monitoring run. Returns the events it posted. */
export async function monitorAwsKey(
  ctx: JobContext,
  incidentId: string,
  regions: RegionClient[],
  now = new Date(),
): Promise<ActivityEvent[]> {
  const { s } = ctx;
  const incident = await s.ledger.get(incidentId);
  const until = await s.ledger.getField(incidentId, MONITOR_UNTIL);
  if (!incident || !until) {
    await stopMonitoring(s, incidentId, 'the incident is gone or was never contained');
    return [];
  }
  // Reopened as a new round and not contained again yet: its containment extends the period.
  if (!incident.containedAt) return [];
  const closedEarly =
    incident.state === 'closed' && (incident.resolution !== 'contained' || s.config.monitor.stopOnClose);
  if (closedEarly) {
    await stopMonitoring(s, incidentId, `the incident closed (${incident.resolution ?? 'closed'})`);
    return [];
  }
  const posted = await lookOnce(ctx, incident, regions, now);
  if (now.toISOString() >= until) {
    await stopMonitoring(s, incidentId, `the ${s.config.monitor.days}-day period after containment is over`);
  }
  return posted;
}

async function lookOnce(ctx: JobContext, i: Incident, regions: RegionClient[], now: Date): Promise<ActivityEvent[]> {
  const { s } = ctx;
  const key = await watchedKeyId(ctx, i.id);
  if (!key) {
    await stopMonitoring(s, i.id, 'the sealed copy of the key id expired');
    return [];
  }
  const containedAt = i.containedAt!;
  const cursor = (await s.ledger.getField(i.id, MONITOR_CURSOR)) ?? containedAt;
  const from = new Date(Math.max(Date.parse(containedAt), Date.parse(cursor) - OVERLAP_MS));
  const window = {
    requestedFrom: from.toISOString(),
    from: from.toISOString(),
    to: now.toISOString(),
    exposedFrom: containedAt,
  };
  const pace = sharedPacer(s.redis, (region) => s.keys.rateSlot(`cloudtrail:${region}`), 500);
  let events: ActivityEvent[];
  try {
    const lookup = await lookupKeyActivity(regions, key, window, {
      timeoutMs: s.config.aws.timeoutMs,
      pace,
      maxEvents: 500,
    });
    events = lookup.events.filter((e) => e.at >= containedAt);
  } catch (err) {
    // The next run tries again; a person hears that this one could not look.
    await s.ledger.append(i.id, {
      actor: 'leakhound',
      kind: 'monitoring',
      text: ctx.scrubber.text(
        `monitoring could not search CloudTrail (${errorMessage(err)}); it tries again in ${every(s.config.monitor.intervalMs)}`,
      ),
      key: `monitor:failed:${now.toISOString().slice(0, 13)}`,
    });
    await notifySlack(ctx, i.id, `monitor:failed:${now.toISOString().slice(0, 13)}`);
    return [];
  }
  const posted: ActivityEvent[] = [];
  for (const e of events) {
    const seq = await s.ledger.append(i.id, {
      actor: 'leakhound',
      kind: 'monitoring',
      text: ctx.scrubber.text(useText(e)),
      key: `monitor:event:${e.id}`,
    });
    if (seq) posted.push(e);
  }
  const latest = events.reduce((m, e) => (e.at > m ? e.at : m), cursor);
  await s.ledger.setFields(i.id, { [MONITOR_CURSOR]: latest, 'monitor:lastRun': now.toISOString() });
  const worked = posted.find((e) => !e.errorCode);
  if (worked) {
    await pageChannel(
      ctx,
      i,
      `monitor:${worked.id}`,
      `the contained key was used successfully after containment: ${useText(worked)}`,
    );
  }
  if (posted.length > 0) await notifySlack(ctx, i.id, `monitor:${posted.map((e) => e.id).join(',')}`);
  return posted;
}

function useText(e: ActivityEvent): string {
  const outcome = e.errorCode ? `refused with ${e.errorCode}` : 'it succeeded';
  const via = e.via ? `, with a session key from ${e.via}` : '';
  return `the contained key was used after containment: ${e.eventName}${e.target ? ` ${e.target}` : ''} from ${e.sourceIp} (${e.userAgent}) in ${e.region} at ${e.at}${via}; ${outcome}`;
}

function every(ms: number): string {
  if (ms % DAY === 0) return ms === DAY ? 'day' : `${ms / DAY} days`;
  if (ms % 3600_000 === 0) return `${ms / 3600_000} h`;
  return `${ms / 1000} s`;
}
