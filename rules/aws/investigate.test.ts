// CloudTrail lookups against the stand-in (test/helpers/cloudtrail-standin.ts): moto does not
// implement LookupEvents. The official SDK client reaches it through AWS_ENDPOINT_URL_CLOUDTRAIL.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadResponderConfig } from '../../responder/config.js';
import { cloudTrailClients, type CloudTrailClients } from '../../responder/providers/cloudtrail-clients.js';
import {
  type SeedEvent,
  startCloudTrailStandIn,
  type CloudTrailStandIn,
} from '../../test/helpers/cloudtrail-standin.js';
import { B32 } from '../../test/helpers/secrets.js';
import { summariseActivity } from './activity-summary.js';
import { lookupKeyActivity, lookupWindow } from './investigate.js';
import { parseKnownNetworks } from './known-networks.js';

const keyId = (prefix = 'AKIA'): string => prefix + Array.from(randomBytes(16), (b) => B32[b % 32]).join('');
const NOW = new Date('2026-03-01T00:00:00Z');
const EXPOSED = new Date('2026-02-20T00:00:00Z');
const hours = (h: number): Date => new Date(EXPOSED.getTime() + h * 3600_000);

describe('lookupKeyActivity against a CloudTrail stand-in', () => {
  let standIn: CloudTrailStandIn | undefined;
  let clients: CloudTrailClients | undefined;
  /** A fake clock shared by the lookup's pacing and the stand-in's rate limit: no real waiting. */
  let t: number;
  const clock = {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
  const waits: number[] = [];

  beforeEach(() => {
    t = NOW.getTime();
    waits.length = 0;
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDSTANDIN');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'standin-secret');
  });
  afterEach(async () => {
    clients?.destroy();
    await standIn?.close();
    vi.unstubAllEnvs();
  });

  const start = async (seed: SeedEvent[], o: Parameters<typeof startCloudTrailStandIn>[1] = {}) => {
    standIn = await startCloudTrailStandIn(seed, { now: clock.now, ...o });
    const env = {
      GITHUB_WEBHOOK_SECRET: 'x',
      LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9', // IAM/STS elsewhere: CloudTrail's own variable wins
      AWS_ENDPOINT_URL_CLOUDTRAIL: standIn.url,
      LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-east-1,eu-west-1',
    };
    clients = cloudTrailClients(loadResponderConfig(env, 'worker').aws);
    return clients.regions;
  };
  const window = lookupWindow(EXPOSED, NOW, NOW);
  const opts = {
    timeoutMs: 5000,
    now: clock.now,
    sleep: async (ms: number) => {
      waits.push(ms);
      await clock.sleep(ms);
    },
  };

  it('pages through every region at no more than 2 requests per second, newest pages first', async () => {
    const key = keyId();
    const seed: SeedEvent[] = [
      ...Array.from({ length: 120 }, (_, i) => ({
        keyId: key,
        region: 'us-east-1',
        at: hours(-i),
        eventName: 'ListBuckets',
        sourceIp: '203.0.113.10',
      })),
      ...Array.from({ length: 30 }, (_, i) => ({
        keyId: key,
        region: 'eu-west-1',
        at: hours(i),
        eventName: 'DescribeInstances',
        sourceIp: '203.0.113.10',
      })),
      { keyId: keyId(), region: 'us-east-1', at: hours(1), eventName: 'GetObject', sourceIp: '198.51.100.1' },
      { keyId: key, region: 'us-east-1', at: new Date('2025-06-01T00:00:00Z'), eventName: 'Old', sourceIp: '1.1.1.1' },
    ];
    const r = await lookupKeyActivity(await start(seed), key, window, opts);
    expect(r.events).toHaveLength(150);
    expect(r.events.map((e) => e.at)).toEqual([...r.events.map((e) => e.at)].sort());
    expect(r).toMatchObject({ requests: 4, throttled: 0, truncated: false, failures: [] });
    expect(standIn!.requests.map((q) => [q.region, q.status, q.token !== undefined])).toEqual([
      ['us-east-1', 200, false],
      ['us-east-1', 200, true],
      ['us-east-1', 200, true],
      ['eu-west-1', 200, false],
    ]);
    expect(waits).toEqual([500, 500, 500]);
    expect(r.events[0]).toMatchObject({
      eventName: 'ListBuckets',
      region: 'us-east-1',
      sourceIp: '203.0.113.10',
      userAgent: 'aws-cli/2.15.0 Python/3.11.6',
    });
  });

  it('would be throttled by the stand-in without the pacing', async () => {
    const key = keyId();
    const seed = Array.from({ length: 200 }, (_, i) => ({
      keyId: key,
      region: 'us-east-1',
      at: hours(-i),
      eventName: 'ListBuckets',
      sourceIp: '203.0.113.10',
    }));
    const r = await lookupKeyActivity(await start(seed), key, window, { ...opts, minIntervalMs: 0 });
    expect(r.throttled).toBeGreaterThan(0);
    expect(r.events).toHaveLength(200);
  });

  it('backs off and retries the same page on ThrottlingException', async () => {
    const key = keyId();
    const seed = Array.from({ length: 60 }, (_, i) => ({
      keyId: key,
      region: 'us-east-1',
      at: hours(-i),
      eventName: 'ListBuckets',
      sourceIp: '203.0.113.10',
    }));
    const r = await lookupKeyActivity(await start(seed, { throttle: [2, 3] }), key, window, opts);
    expect(r.events).toHaveLength(60);
    expect(r.throttled).toBe(2);
    expect(standIn!.requests.map((q) => q.errorType ?? q.status)).toEqual([
      200,
      'ThrottlingException',
      'ThrottlingException',
      200,
      200,
    ]);
    expect(waits.filter((w) => w >= 1000)).toEqual([1000, 2000]);
  });

  it('gives up after repeated throttling with an error that names the call, never the key', async () => {
    const key = keyId();
    const regions = await start([], { throttle: [1, 2, 3, 4, 5, 6, 7, 8] });
    const err = await lookupKeyActivity(regions, key, window, { ...opts, maxThrottleRetries: 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe('cloudtrail:LookupEvents in us-east-1 failed: ThrottlingException (HTTP 400)');
    expect(String(err.stack)).not.toContain(key);
  });

  it('searches the other regions when one denies cloudtrail:LookupEvents, and says so', async () => {
    const key = keyId();
    const seed = [{ keyId: key, region: 'us-east-1', at: hours(1), eventName: 'GetUser', sourceIp: '203.0.113.10' }];
    const r = await lookupKeyActivity(await start(seed, { deniedRegions: ['eu-west-1'] }), key, window, opts);
    expect(r.events).toHaveLength(1);
    expect(r.failures).toEqual(['cloudtrail:LookupEvents in eu-west-1 failed: AccessDeniedException (HTTP 400)']);
  });

  it('follows the session keys AssumeRole handed out, and keeps no key id', async () => {
    const key = keyId();
    const session = keyId('ASIA');
    const roleArn = 'arn:aws:iam::123456789012:role/admin';
    const seed: SeedEvent[] = [
      { keyId: key, region: 'us-east-1', at: hours(-48), eventName: 'ListBuckets', sourceIp: '203.0.113.10' },
      {
        keyId: key,
        region: 'us-east-1',
        at: hours(2),
        eventName: 'AssumeRole',
        eventSource: 'sts.amazonaws.com',
        sourceIp: '198.51.100.23',
        requestParameters: { roleArn, roleSessionName: 'x' },
        responseElements: { credentials: { accessKeyId: session, sessionToken: 'redacted', expiration: 'x' } },
      },
      {
        keyId: session,
        region: 'eu-west-1',
        at: hours(2.5),
        eventName: 'CreateUser',
        sourceIp: '198.51.100.23',
        userAgent: 'Boto3/1.34 <script>',
        requestParameters: { userName: 'backup-admin' },
      },
    ];
    const r = await lookupKeyActivity(await start(seed), key, window, opts);
    expect(r.sessionKeys).toBe(1);
    expect(r.events.map((e) => [e.eventName, e.via])).toEqual([
      ['ListBuckets', undefined],
      ['AssumeRole', undefined],
      ['CreateUser', `AssumeRole ${roleArn}`],
    ]);
    expect(standIn!.requests.filter((q) => q.keyId === session).map((q) => q.region)).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
    const summary = summariseActivity(r, window, parseKnownNetworks('203.0.113.0/24'), NOW);
    expect(summary.possibleAttackerActivity).toBe(true);
    expect(summary.flagged.map((f) => f.eventName)).toEqual(['AssumeRole', 'CreateUser']);
    expect(summary.flagged[1]!.reasons).toEqual([
      'persistence: CreateUser',
      `made with a session key from AssumeRole ${roleArn}`,
      'from 198.51.100.23, outside LEAKHOUND_KNOWN_CIDRS',
    ]);
    const stored = JSON.stringify(summary);
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(session);
  });
});
