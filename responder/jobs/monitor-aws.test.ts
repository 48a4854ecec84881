// Monitoring a contained key against a real redis-server (BullMQ's job schedulers) and the
// CloudTrail stand-in: uses after containment are posted once each, a successful one pages,
// and the job removes itself (and the sealed key id) when the period ends or the incident
// closes as a false positive.
import { randomBytes } from 'node:crypto';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CloudTrailStandIn, startCloudTrailStandIn } from '../../test/helpers/cloudtrail-standin.js';
import { everythingInRedis } from '../../test/helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../../test/helpers/redis-server.js';
import { B32 } from '../../test/helpers/secrets.js';
import { seedIncident } from '../../test/helpers/seed-incidents.js';
import { loadResponderConfig } from '../config.js';
import { Scrubber } from '../crypto/scrub.js';
import { createLogger } from '../log.js';
import { cloudTrailClients, type CloudTrailClients } from '../providers/cloudtrail-clients.js';
import type { JobContext } from '../queue/context.js';
import { closeServices, createServices, type Services } from '../services.js';
import { MONITOR_UNTIL, monitorAwsKey, startMonitoring } from './monitor-aws.js';

const available = redisServerAvailable();
const keyId = (): string => `AKIA${Array.from(randomBytes(16), (b) => B32[b % 32]).join('')}`;
const DAY = 86_400_000;

describe.skipIf(!available)(
  available ? 'monitoring a contained AWS key' : `monitoring a contained AWS key (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let standIn: CloudTrailStandIn;
    let s: Services;
    let ct: CloudTrailClients;
    const ctx = (): JobContext => ({ job: {} as Job, token: undefined, scrubber: new Scrubber(), s });
    const containedAt = new Date(Date.now() - 2 * DAY);

    beforeAll(async () => {
      redis = await startRedis();
      standIn = await startCloudTrailStandIn([]);
      process.env.AWS_ACCESS_KEY_ID = 'AKIDSTANDIN';
      process.env.AWS_SECRET_ACCESS_KEY = 'standin-secret';
      s = createServices(
        loadResponderConfig(
          {
            LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
            REDIS_URL: redis.url,
            AWS_ENDPOINT_URL_CLOUDTRAIL: standIn.url,
            LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-east-1',
            LEAKHOUND_MONITOR_DAYS: '30',
          },
          'worker',
        ),
        'worker',
        { log: createLogger('t', { write: () => {} }), slack: null },
      );
      ct = cloudTrailClients(s.config.aws);
    });
    afterAll(async () => {
      ct?.destroy();
      await closeServices(s);
      await standIn?.close();
      await redis?.stop();
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
    });

    async function contained(key: string): Promise<string> {
      const id = await seedIncident(s.ledger, { provider: 'aws', containedAt: containedAt.toISOString() });
      await s.secrets.put(id, 'watch', key, 3600);
      await startMonitoring(ctx(), (await s.ledger.get(id))!, containedAt.toISOString());
      return id;
    }
    const schedulerIds = async (): Promise<string[]> =>
      (await s.producer.queues.incident.getJobSchedulers()).map((j) => String(j.key ?? j.id));
    const texts = async (id: string): Promise<string[]> =>
      (await s.ledger.timeline(id)).map((e) => `${e.kind}: ${e.text}`);

    it('posts each use after containment once, and pages for one that worked', async () => {
      const key = keyId();
      const id = await contained(key);
      expect(await schedulerIds()).toContain(`monitor-aws-${id}`);
      expect(await s.ledger.getField(id, MONITOR_UNTIL)).toBe(new Date(containedAt.getTime() + 30 * DAY).toISOString());
      const base = { keyId: key, region: 'us-east-1', eventSource: 's3.amazonaws.com' };
      standIn.add({
        ...base,
        at: new Date(containedAt.getTime() - 3600_000),
        eventName: 'ListBuckets',
        sourceIp: '192.0.2.1',
      });
      standIn.add({
        ...base,
        at: new Date(containedAt.getTime() + 3600_000),
        eventName: 'ListBuckets',
        sourceIp: '192.0.2.2',
        errorCode: 'InvalidClientTokenId',
      });

      expect((await monitorAwsKey(ctx(), id, ct.regions)).map((e) => e.sourceIp)).toEqual(['192.0.2.2']);
      expect(await monitorAwsKey(ctx(), id, ct.regions)).toEqual([]);
      standIn.add({ ...base, at: new Date(Date.now() - 60_000), eventName: 'GetObject', sourceIp: '192.0.2.3' });
      expect((await monitorAwsKey(ctx(), id, ct.regions)).map((e) => e.eventName)).toEqual(['GetObject']);

      const timeline = await texts(id);
      expect(timeline.filter((t) => t.startsWith('monitoring: the contained key was used'))).toEqual([
        expect.stringMatching(/ListBuckets from 192\.0\.2\.2 .*; refused with InvalidClientTokenId$/),
        expect.stringMatching(/GetObject from 192\.0\.2\.3 .*; it succeeded$/),
      ]);
      expect(timeline.filter((t) => t.startsWith('paged: '))).toEqual([
        expect.stringMatching(/^paged: paged the channel \(@here\): the contained key was used successfully/),
      ]);
      expect(await everythingInRedis(s.redis)).not.toContain(key);
    });

    it('removes itself and the sealed key id when the period is over', async () => {
      const id = await contained(keyId());
      await monitorAwsKey(ctx(), id, ct.regions, new Date(containedAt.getTime() + 31 * DAY));
      expect(await schedulerIds()).not.toContain(`monitor-aws-${id}`);
      expect(await s.secrets.get(id, 'watch', new Scrubber())).toBeUndefined();
      expect((await texts(id)).at(-1)).toBe(
        'monitoring: monitoring ended: the 30-day period after containment is over; the sealed key id is deleted',
      );
    });

    it('keeps watching (and the sealed key id) while a reopened round is not contained yet', async () => {
      const id = await contained(keyId());
      await s.redis.hdel(s.keys.incident(id), 'containedAt');
      expect(await monitorAwsKey(ctx(), id, ct.regions)).toEqual([]);
      expect(await schedulerIds()).toContain(`monitor-aws-${id}`);
      expect(await s.secrets.get(id, 'watch', new Scrubber())).toBeDefined();
    });

    it('stops when the incident closes as a false positive', async () => {
      const id = await contained(keyId());
      await s.ledger.setFields(id, { state: 'closed', resolution: 'false-positive' });
      expect(await monitorAwsKey(ctx(), id, ct.regions)).toEqual([]);
      expect(await schedulerIds()).not.toContain(`monitor-aws-${id}`);
      expect(await s.secrets.get(id, 'watch', new Scrubber())).toBeUndefined();
    });
  },
);
