// A CloudTrail lookup, summarised for people: calls by name, sources, user agents, regions,
// errors, first and last use, and the calls that look like an attacker's — persistence and
// role assumption after the exposure began, and calls from outside the known networks (or,
// with none configured, from sources the key never used in the 90 days before). Pure.
import { isIP } from 'node:net';
// Types only from investigate.ts: the pages and the report use this file, and must not load the AWS SDK.
import type { ActivityEvent, LookupResult, LookupWindow } from './investigate.js';
import type { KnownNetworks } from './known-networks.js';

/** How long CloudTrail's event history keeps events, in days. */
export const RETENTION_DAYS = 90;

/** Calls that give a caller a way back in after the key is gone. */
export const PERSISTENCE = new Set([
  'CreateUser',
  'CreateAccessKey',
  'CreateLoginProfile',
  'UpdateLoginProfile',
  'AttachUserPolicy',
  'PutUserPolicy',
  'AddUserToGroup',
  'CreateRole',
  'AttachRolePolicy',
  'PutRolePolicy',
  'UpdateAssumeRolePolicy',
  'CreatePolicyVersion',
]);
const ROLE_ASSUMPTION = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'GetFederationToken', 'GetSessionToken']);
const TOP = 20;
const MAX_FLAGGED = 50;

export interface Count {
  value: string;
  count: number;
}

export interface FlaggedCall {
  at: string;
  eventName: string;
  sourceIp: string;
  region: string;
  reasons: string[];
  target?: string;
  via?: string;
}

export interface CloudTrailSummary {
  searched: LookupWindow & { regions: string[]; at: string; requests: number; throttled: number };
  /** Set when the window reaches further back than CloudTrail keeps. */
  retentionNote?: string;
  failures: string[];
  total: number;
  afterExposure: number;
  truncated: boolean;
  firstUse?: string;
  lastUse?: string;
  byEventName: Count[];
  sourceIps: (Count & { network: 'known' | 'unknown' | 'aws-service' })[];
  userAgents: Count[];
  regions: Count[];
  errors: Count[];
  /** The first 50 flagged calls; flaggedTotal counts them all. */
  flagged: FlaggedCall[];
  flaggedTotal: number;
  possibleAttackerActivity: boolean;
  knownNetworks: string[];
  sessionKeys: number;
}

export function summariseActivity(
  lookup: LookupResult,
  window: LookupWindow,
  known: KnownNetworks,
  at: Date,
): CloudTrailSummary {
  const events = lookup.events;
  const exposed = window.exposedFrom;
  const before = events.filter((e) => e.at < exposed);
  const seenBefore = new Set(before.map((e) => e.sourceIp));
  const network = (ip: string): 'known' | 'unknown' | 'aws-service' =>
    isIP(ip) === 0 ? 'aws-service' : known.contains(ip) ? 'known' : 'unknown';

  const flagged: FlaggedCall[] = [];
  for (const e of events) {
    if (e.at < exposed) continue;
    const reasons = flagReasons(e, network(e.sourceIp), known.cidrs.length > 0, seenBefore.has(e.sourceIp));
    if (reasons.length === 0) continue;
    flagged.push({
      at: e.at,
      eventName: e.eventName,
      sourceIp: e.sourceIp,
      region: e.region,
      reasons,
      ...(e.target ? { target: e.target } : {}),
      ...(e.via ? { via: e.via } : {}),
    });
  }
  const ips = count(events.map((e) => e.sourceIp));
  return {
    searched: {
      ...window,
      regions: lookup.regions,
      at: at.toISOString(),
      requests: lookup.requests,
      throttled: lookup.throttled,
    },
    ...(window.from > window.requestedFrom ? { retentionNote: retentionNote(window) } : {}),
    failures: lookup.failures,
    total: events.length,
    afterExposure: events.length - before.length,
    truncated: lookup.truncated,
    ...(events.length > 0 ? { firstUse: events[0]!.at, lastUse: events[events.length - 1]!.at } : {}),
    byEventName: count(events.map((e) => e.eventName)),
    sourceIps: ips.map((c) => ({ ...c, network: network(c.value) })),
    userAgents: count(events.map((e) => e.userAgent)),
    regions: count(events.map((e) => e.region)),
    errors: count(events.flatMap((e) => (e.errorCode ? [e.errorCode] : []))),
    flagged: flagged.slice(0, MAX_FLAGGED),
    flaggedTotal: flagged.length,
    possibleAttackerActivity: flagged.length > 0,
    knownNetworks: known.cidrs,
    sessionKeys: lookup.sessionKeys,
  };
}

function flagReasons(e: ActivityEvent, net: string, haveKnown: boolean, seenBefore: boolean): string[] {
  const reasons: string[] = [];
  if (PERSISTENCE.has(e.eventName)) reasons.push(`persistence: ${e.eventName}`);
  if (ROLE_ASSUMPTION.has(e.eventName)) reasons.push(`role assumption: ${e.eventName}`);
  if (e.via) reasons.push(`made with a session key from ${e.via}`);
  if (net === 'unknown') {
    if (haveKnown) reasons.push(`from ${e.sourceIp}, outside LEAKHOUND_KNOWN_CIDRS`);
    else if (!seenBefore) reasons.push(`from ${e.sourceIp}, not seen in the 90 days before the exposure`);
  }
  return reasons;
}

function retentionNote(w: LookupWindow): string {
  const missingDays = Math.round((Date.parse(w.from) - Date.parse(w.requestedFrom)) / 86_400_000);
  const exposureLost = w.exposedFrom < w.from;
  return exposureLost
    ? `CloudTrail's event history keeps ${RETENTION_DAYS} days, and the exposure began on ${w.exposedFrom.slice(0, 10)}, before the oldest event it still has (${w.from.slice(0, 10)}): use of the key early in the exposure cannot be seen here. Search the trail's S3 logs or CloudTrail Lake for ${w.requestedFrom.slice(0, 10)} to ${w.from.slice(0, 10)}.`
    : `CloudTrail's event history keeps ${RETENTION_DAYS} days: the ${missingDays} days from ${w.requestedFrom.slice(0, 10)} to ${w.from.slice(0, 10)} before the exposure (the key's normal use, for comparison) could not be searched here.`;
}

function count(values: string[]): Count[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, TOP);
}

/** One line for the timeline and Slack. */
export function summaryLine(s: CloudTrailSummary): string {
  const head = `CloudTrail (${s.searched.regions.join(', ')}, ${s.searched.from.slice(0, 10)} to ${s.searched.to.slice(0, 10)}): ${s.total}${s.truncated ? '+' : ''} calls, ${s.afterExposure} since the exposure, from ${s.sourceIps.length} source${s.sourceIps.length === 1 ? '' : 's'}`;
  const use = s.lastUse ? `; last used ${s.lastUse}` : '; never used in that window';
  const flag = s.possibleAttackerActivity
    ? `. Possible attacker activity: ${s.flaggedTotal} call${s.flaggedTotal === 1 ? '' : 's'}, e.g. ${s.flagged[0]!.eventName} (${s.flagged[0]!.reasons.join('; ')})`
    : '. No sign of attacker activity';
  // Only a lost start of the exposure matters here; a shorter baseline is in the full summary.
  const lost = s.searched.exposedFrom < s.searched.from;
  const gaps = [
    lost ? ' The exposure began before the 90 days CloudTrail keeps: its early use cannot be seen.' : '',
    ...s.failures.map((f) => ` ${f}.`),
  ];
  return `${head}${use}${flag}.${gaps.join('')}`;
}

/** The counts behind the summary line, one line each, for the thread and the report. */
export function breakdownLines(s: CloudTrailSummary): string[] {
  const list = (cs: Count[], label: (c: Count) => string = (c) => c.value): string =>
    cs.length === 0 ? 'none' : cs.map((c) => `${label(c)} ×${c.count}`).join(', ');
  const lines = [
    `Calls by name: ${list(s.byEventName)}`,
    `Source IPs: ${list(s.sourceIps, (c) => `${c.value}${s.sourceIps.find((i) => i.value === c.value)?.network === 'unknown' ? ' (unknown network)' : ''}`)}`,
    `User agents: ${list(s.userAgents)}`,
    `Regions: ${list(s.regions)}`,
    `Errors: ${list(s.errors)}`,
  ];
  if (s.firstUse) lines.push(`First use in the window: ${s.firstUse}; last use: ${s.lastUse}`);
  return lines;
}
