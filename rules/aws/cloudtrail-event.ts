// One CloudTrail event record, reduced to the facts a person needs and nothing secret: the
// key ids in it (the caller's, and any key a call handed out) are not kept. Everything is
// text from the wire, so it is bounded and stripped of control characters.
import type { Event as RawEvent } from '@aws-sdk/client-cloudtrail';

/** Calls that hand out a new key: the session key's own calls are looked up too. */
const SESSION_ISSUERS = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'GetSessionToken', 'GetFederationToken']);

export interface ActivityEvent {
  id: string;
  at: string;
  eventName: string;
  eventSource: string;
  region: string;
  /** An IP address, or an AWS service name such as `ec2.amazonaws.com` for calls made on the caller's behalf. */
  sourceIp: string;
  userAgent: string;
  errorCode?: string;
  /** What a call changed, for the calls worth naming (e.g. `userName=backup`). */
  target?: string;
  /** Found through a session key this key obtained, e.g. `AssumeRole arn:aws:iam::1:role/admin`. */
  via?: string;
}

/** The event's non-secret facts; the session key it issued (if any) goes to the caller only. */
export function parseEvent(
  raw: RawEvent,
  region: string,
  via?: string,
): { event: ActivityEvent; sessionKeyId?: string } {
  let detail: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(raw.CloudTrailEvent ?? '{}') as unknown;
    if (parsed && typeof parsed === 'object') detail = parsed as Record<string, unknown>;
  } catch {
    // A record CloudTrail could not serialise still counts as a call; its details stay unknown.
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? clean(v) : undefined);
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const request = obj(detail.requestParameters);
  const creds = obj(obj(detail.responseElements).credentials);
  const name = clean(raw.EventName ?? str(detail.eventName) ?? 'unknown');
  const targets = ['userName', 'roleName', 'roleArn', 'policyArn', 'policyName', 'groupName']
    .map((k) => (typeof request[k] === 'string' ? `${k}=${clean(request[k] as string)}` : ''))
    .filter(Boolean);
  const sessionKeyId =
    SESSION_ISSUERS.has(name) && typeof creds.accessKeyId === 'string' ? creds.accessKeyId : undefined;
  const event: ActivityEvent = {
    id: raw.EventId ?? '',
    at: (raw.EventTime ?? new Date(0)).toISOString(),
    eventName: name,
    eventSource: clean(raw.EventSource ?? str(detail.eventSource) ?? ''),
    region: str(detail.awsRegion) ?? region,
    sourceIp: str(detail.sourceIPAddress) ?? 'unknown',
    userAgent: str(detail.userAgent) ?? 'unknown',
    ...(str(detail.errorCode) ? { errorCode: str(detail.errorCode) } : {}),
    ...(targets.length > 0 ? { target: targets.join(' ') } : {}),
    ...(via ? { via } : {}),
  };
  return { event, ...(sessionKeyId ? { sessionKeyId } : {}) };
}

export function viaText(e: ActivityEvent): string {
  const role = /roleArn=(\S+)/.exec(e.target ?? '')?.[1];
  return role ? `${e.eventName} ${role}` : e.eventName;
}

/** Text from the wire, bounded and without control characters. */
function clean(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, 200);
}
