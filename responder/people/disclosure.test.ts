import { describe, expect, it } from 'vitest';
import { summariseActivity } from '../../rules/aws/activity-summary.js';
import { parseKnownNetworks } from '../../rules/aws/known-networks.js';
import { outsideCalls } from './disclosure.js';

const window = {
  requestedFrom: '2026-01-01T00:00:00.000Z',
  from: '2026-01-01T00:00:00.000Z',
  exposedFrom: '2026-03-01T00:00:00.000Z',
  to: '2026-03-05T00:00:00.000Z',
};
let n = 0;
const event = (at: string, sourceIp: string, eventName = 'ListBuckets') => ({
  id: `e${++n}`,
  eventSource: 'iam.amazonaws.com',
  at,
  eventName,
  sourceIp,
  region: 'us-east-1',
  userAgent: 'aws-cli',
});
const summary = (events: ReturnType<typeof event>[], known: string) =>
  summariseActivity(
    {
      events,
      regions: ['us-east-1'],
      requests: 1,
      throttled: 0,
      failures: [],
      truncated: false,
      sessionKeys: 0,
    } as never,
    window as never,
    parseKnownNetworks(known),
    new Date(window.to),
  );

describe('use from outside the known networks (what makes compliance and customer tasks)', () => {
  it('counts calls after the exposure from outside LEAKHOUND_KNOWN_CIDRS', () => {
    const s = summary(
      [event('2026-03-02T00:00:00.000Z', '198.51.100.7'), event('2026-03-02T01:00:00.000Z', '203.0.113.9')],
      '203.0.113.0/24',
    );
    expect(outsideCalls(s)).toEqual({ count: 1, ips: ['198.51.100.7'] });
  });

  it('ignores persistence calls from a known network: suspicious, but not use from outside', () => {
    const s = summary([event('2026-03-02T00:00:00.000Z', '203.0.113.9', 'CreateUser')], '203.0.113.0/24');
    expect(s.possibleAttackerActivity).toBe(true);
    expect(outsideCalls(s).count).toBe(0);
  });

  it('without known networks, counts addresses never seen in the 90 days before the exposure', () => {
    const s = summary(
      [
        event('2026-02-01T00:00:00.000Z', '192.0.2.1'),
        event('2026-03-02T00:00:00.000Z', '192.0.2.1'),
        event('2026-03-03T00:00:00.000Z', '198.51.100.8'),
      ],
      '',
    );
    expect(outsideCalls(s)).toEqual({ count: 1, ips: ['198.51.100.8'] });
  });

  it('ignores calls before the exposure and AWS service principals', () => {
    const s = summary(
      [event('2026-02-01T00:00:00.000Z', '198.51.100.7'), event('2026-03-02T00:00:00.000Z', 'lambda.amazonaws.com')],
      '203.0.113.0/24',
    );
    expect(outsideCalls(s).count).toBe(0);
  });
});
