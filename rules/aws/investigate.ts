// What did anyone do with a leaked access key? CloudTrail's LookupEvents by AccessKeyId over
// the exposure window and the 90 days before it (the owner's normal use, to compare with),
// in every region asked for, following the session keys that AssumeRole and friends handed
// out (an attacker's usual next step). Paginated, paced to CloudTrail's documented 2 requests
// per second per account and region, backing off on ThrottlingException. The client is
// injected; summarising is separate and pure (activity-summary.ts).
import { type CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { RETENTION_DAYS } from './activity-summary.js';
import { type ActivityEvent, parseEvent, viaText } from './cloudtrail-event.js';
import { AwsStepError } from './revoke.js';
import { classifyAwsError, describeFailure, withTimeout } from './verify.js';

export type { ActivityEvent } from './cloudtrail-event.js';

export type CloudTrailSend = Pick<CloudTrailClient, 'send'>;

const DAY = 86_400_000;
/** The longest session STS issues (role chaining caps at 1h, federation at 36h). */
const SESSION_MS = 36 * 3600_000;

export interface LookupWindow {
  /** 90 days before the exposure: where the lookup would like to start. */
  requestedFrom: string;
  /** Where it starts: requestedFrom, or the oldest day CloudTrail still keeps. */
  from: string;
  to: string;
  exposedFrom: string;
}

export function lookupWindow(exposedFrom: Date, to: Date, now: Date): LookupWindow {
  const requested = exposedFrom.getTime() - RETENTION_DAYS * DAY;
  const oldest = now.getTime() - RETENTION_DAYS * DAY;
  return {
    requestedFrom: new Date(requested).toISOString(),
    from: new Date(Math.max(requested, oldest)).toISOString(),
    to: to.toISOString(),
    exposedFrom: exposedFrom.toISOString(),
  };
}

export interface RegionClient {
  region: string;
  client: CloudTrailSend;
}

export interface LookupOptions {
  timeoutMs: number;
  /** Stop collecting after this many events (the summary says it was cut short). */
  maxEvents?: number;
  /** Session keys followed at most (all depths together), and how deep. */
  maxSessionKeys?: number;
  maxDepth?: number;
  minIntervalMs?: number;
  /**
   * Waits for the next request slot in a region. Default: paced within this call only; a
   * service with several workers passes one shared through Redis (responder/redis/rate-slot.ts).
   */
  pace?: (region: string) => Promise<void>;
  maxThrottleRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface LookupResult {
  events: ActivityEvent[];
  regions: string[];
  requests: number;
  throttled: number;
  truncated: boolean;
  sessionKeys: number;
  /** Regions that could not be searched, and why (e.g. AccessDenied). */
  failures: string[];
}

interface Pending {
  keyId: string;
  from: Date;
  to: Date;
  depth: number;
  via?: string;
}

export async function lookupKeyActivity(
  regions: RegionClient[],
  accessKeyId: string,
  window: LookupWindow,
  opts: LookupOptions,
): Promise<LookupResult> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  const interval = opts.minIntervalMs ?? 500;
  const maxEvents = opts.maxEvents ?? 5000;
  const out: LookupResult = {
    events: [],
    regions: regions.map((r) => r.region),
    requests: 0,
    throttled: 0,
    truncated: false,
    sessionKeys: 0,
    failures: [],
  };
  const seen = new Set<string>();
  const denied = new Set<string>();
  const queue: Pending[] = [{ keyId: accessKeyId, from: new Date(window.from), to: new Date(window.to), depth: 0 }];
  let nextSlot = 0;
  const pace =
    opts.pace ??
    (async () => {
      const wait = nextSlot - now();
      if (wait > 0) await sleep(wait);
      nextSlot = Math.max(now(), nextSlot) + interval;
    });

  const page = async (rc: RegionClient, p: Pending, token: string | undefined) => {
    for (let attempt = 0; ; attempt++) {
      await pace(rc.region);
      out.requests++;
      try {
        return await rc.client.send(
          new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: 'AccessKeyId', AttributeValue: p.keyId }],
            StartTime: p.from,
            EndTime: p.to,
            MaxResults: 50,
            NextToken: token,
          }),
          withTimeout(opts),
        );
      } catch (err) {
        const f = classifyAwsError(err);
        if (f.code !== 'ThrottlingException' || attempt >= (opts.maxThrottleRetries ?? 5)) throw f;
        out.throttled++;
        await sleep(Math.min(8000, 1000 * 2 ** attempt));
      }
    }
  };

  while (queue.length > 0 && !out.truncated) {
    const p = queue.shift()!;
    for (const rc of regions) {
      if (denied.has(rc.region)) continue;
      let token: string | undefined;
      do {
        let res: Awaited<ReturnType<typeof page>>;
        try {
          res = await page(rc, p, token);
        } catch (f) {
          const failure = f as ReturnType<typeof classifyAwsError>;
          if (failure.kind !== 'denied') throw new AwsStepError(`cloudtrail:LookupEvents in ${rc.region}`, failure);
          denied.add(rc.region);
          out.failures.push(describeFailure(`cloudtrail:LookupEvents in ${rc.region}`, failure));
          break;
        }
        for (const raw of res.Events ?? []) {
          if (!raw.EventId || seen.has(raw.EventId)) continue;
          seen.add(raw.EventId);
          const { event, sessionKeyId } = parseEvent(raw, rc.region, p.via);
          out.events.push(event);
          if (sessionKeyId && p.depth < (opts.maxDepth ?? 3) && out.sessionKeys < (opts.maxSessionKeys ?? 20)) {
            out.sessionKeys++;
            const start = new Date(event.at);
            const end = new Date(Math.min(start.getTime() + SESSION_MS, new Date(window.to).getTime()));
            queue.push({ keyId: sessionKeyId, from: start, to: end, depth: p.depth + 1, via: viaText(event) });
          }
          if (out.events.length >= maxEvents) out.truncated = true;
        }
        token = out.truncated ? undefined : res.NextToken;
      } while (token);
    }
  }
  out.events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return out;
}
