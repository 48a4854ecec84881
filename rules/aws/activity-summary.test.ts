import { describe, expect, it } from 'vitest';
import { summariseActivity, summaryLine } from './activity-summary.js';
import { type ActivityEvent, type LookupResult, lookupWindow } from './investigate.js';
import { parseKnownNetworks } from './known-networks.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const EXPOSED = new Date('2026-02-20T00:00:00Z');
let n = 0;
const ev = (hoursFromExposure: number, over: Partial<ActivityEvent> = {}): ActivityEvent => ({
  id: String(++n),
  at: new Date(EXPOSED.getTime() + hoursFromExposure * 3600_000).toISOString(),
  eventName: 'ListBuckets',
  eventSource: 's3.amazonaws.com',
  region: 'us-east-1',
  sourceIp: '203.0.113.10',
  userAgent: 'aws-cli/2',
  ...over,
});
const lookup = (events: ActivityEvent[]): LookupResult => ({
  events,
  regions: ['us-east-1'],
  requests: 1,
  throttled: 0,
  truncated: false,
  sessionKeys: 0,
  failures: [],
});
const window = lookupWindow(EXPOSED, NOW, NOW);
const none = parseKnownNetworks('');
const office = parseKnownNetworks('203.0.113.0/24');

describe('summariseActivity', () => {
  it('counts calls by name, source, user agent, region and error, with first and last use', () => {
    const s = summariseActivity(
      lookup([
        ev(-10),
        ev(-5, { eventName: 'GetObject', userAgent: 'boto3' }),
        ev(1, { errorCode: 'AccessDenied', region: 'eu-west-1' }),
        ev(2, { sourceIp: 'ec2.amazonaws.com' }),
      ]),
      window,
      office,
      NOW,
    );
    expect(s).toMatchObject({ total: 4, afterExposure: 2, firstUse: ev(-10).at, lastUse: ev(2).at });
    expect(s.byEventName).toEqual([
      { value: 'ListBuckets', count: 3 },
      { value: 'GetObject', count: 1 },
    ]);
    expect(s.sourceIps).toEqual([
      { value: '203.0.113.10', count: 3, network: 'known' },
      { value: 'ec2.amazonaws.com', count: 1, network: 'aws-service' },
    ]);
    expect(s.regions).toEqual([
      { value: 'us-east-1', count: 3 },
      { value: 'eu-west-1', count: 1 },
    ]);
    expect(s.errors).toEqual([{ value: 'AccessDenied', count: 1 }]);
    expect(s.possibleAttackerActivity).toBe(false);
  });

  it('has no retention note when the 90 days before the exposure are all still kept', () => {
    expect(summariseActivity(lookup([]), lookupWindow(NOW, NOW, NOW), office, NOW).retentionNote).toBeUndefined();
  });

  it.each<[string, ActivityEvent, ReturnType<typeof parseKnownNetworks>, string[]]>([
    [
      'persistence after the exposure',
      ev(3, { eventName: 'CreateAccessKey' }),
      office,
      ['persistence: CreateAccessKey'],
    ],
    [
      'a policy attached after the exposure',
      ev(3, { eventName: 'AttachUserPolicy' }),
      office,
      ['persistence: AttachUserPolicy'],
    ],
    ['a role assumed after the exposure', ev(3, { eventName: 'AssumeRole' }), office, ['role assumption: AssumeRole']],
    [
      'a call from outside the known networks',
      ev(3, { sourceIp: '198.51.100.7' }),
      office,
      ['from 198.51.100.7, outside LEAKHOUND_KNOWN_CIDRS'],
    ],
    [
      'a call over IPv6 from outside them',
      ev(3, { sourceIp: '2001:db8::1' }),
      office,
      ['from 2001:db8::1, outside LEAKHOUND_KNOWN_CIDRS'],
    ],
    [
      'with no known networks, a source new since the exposure',
      ev(3, { sourceIp: '198.51.100.7' }),
      none,
      ['from 198.51.100.7, not seen in the 90 days before the exposure'],
    ],
  ])('flags %s', (_, flaggedEvent, known, reasons) => {
    const s = summariseActivity(lookup([ev(-30), flaggedEvent]), window, known, NOW);
    expect(s.possibleAttackerActivity).toBe(true);
    expect(s.flagged).toEqual([expect.objectContaining({ eventName: flaggedEvent.eventName, reasons })]);
  });

  it.each<[string, ActivityEvent, ReturnType<typeof parseKnownNetworks>]>([
    ['persistence before the exposure (the owner at work)', ev(-3, { eventName: 'CreateUser' }), office],
    ['a call from a known network', ev(3), office],
    ['an AWS service acting for the caller', ev(3, { sourceIp: 'cloudformation.amazonaws.com' }), office],
    ['with no known networks, a source already used before', ev(3), none],
  ])('does not flag %s', (_, event, known) => {
    expect(summariseActivity(lookup([ev(-30), event]), window, known, NOW).flaggedTotal).toBe(0);
  });

  it('says when the 90 days before the exposure reach past what CloudTrail keeps', () => {
    const w = lookupWindow(new Date('2026-02-01T00:00:00Z'), NOW, NOW);
    const s = summariseActivity(lookup([]), w, office, NOW);
    expect(w.from).toBe('2025-12-01T00:00:00.000Z');
    expect(s.retentionNote).toBe(
      "CloudTrail's event history keeps 90 days: the 28 days from 2025-11-03 to 2025-12-01 before the exposure (the key's normal use, for comparison) could not be searched here.",
    );
  });

  it('says when the exposure itself began before the oldest event CloudTrail keeps', () => {
    const w = lookupWindow(new Date('2025-10-01T00:00:00Z'), NOW, NOW);
    const s = summariseActivity(lookup([]), w, office, NOW);
    expect(summaryLine(s)).toContain('The exposure began before the 90 days CloudTrail keeps');
    expect(s.retentionNote).toContain(
      'the exposure began on 2025-10-01, before the oldest event it still has (2025-12-01)',
    );
    expect(s.retentionNote).toContain('Search the trail');
  });

  it('keeps at most 50 flagged calls and counts them all', () => {
    const events = Array.from({ length: 70 }, (_, i) => ev(i + 1, { sourceIp: '198.51.100.9' }));
    const s = summariseActivity(lookup(events), window, office, NOW);
    expect(s.flagged).toHaveLength(50);
    expect(s.flaggedTotal).toBe(70);
  });

  it('reads as one line for the timeline', () => {
    const s = summariseActivity(
      lookup([ev(-30), ev(3, { eventName: 'CreateUser', sourceIp: '198.51.100.7' })]),
      window,
      office,
      NOW,
    );
    expect(summaryLine(s)).toBe(
      `CloudTrail (us-east-1, 2025-12-01 to 2026-03-01): 2 calls, 1 since the exposure, from 2 sources; last used ${ev(3).at}. Possible attacker activity: 1 call, e.g. CreateUser (persistence: CreateUser; from 198.51.100.7, outside LEAKHOUND_KNOWN_CIDRS).`,
    );
    const quiet = summariseActivity(lookup([]), window, office, NOW);
    expect(summaryLine(quiet)).toBe(
      'CloudTrail (us-east-1, 2025-12-01 to 2026-03-01): 0 calls, 0 since the exposure, from 0 sources; never used in that window. No sign of attacker activity.',
    );
  });
});
