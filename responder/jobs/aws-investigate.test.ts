// The investigation job against a real redis-server and the CloudTrail stand-in (moto has no
// LookupEvents), reached through AWS_ENDPOINT_URL_CLOUDTRAIL with the official SDK; then the
// incident page shows what it found.
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
import { createApp } from '../http/app.js';
import { readCloudTrailSummary } from '../ledger/investigation.js';
import { postIncidentReport } from '../ledger/report.js';
import { createLogger } from '../log.js';
import { cloudTrailClients, type CloudTrailClients } from '../providers/cloudtrail-clients.js';
import type { JobContext } from '../queue/context.js';
import { closeServices, createServices, type Services } from '../services.js';
import { investigateAwsKey } from './aws-investigate.js';

const available = redisServerAvailable();
const keyId = (): string => `AKIA${Array.from(randomBytes(16), (b) => B32[b % 32]).join('')}`;
const NOW = new Date();
const committed = new Date(NOW.getTime() - 3 * 86_400_000);
const at = (hoursAfterCommit: number): Date => new Date(committed.getTime() + hoursAfterCommit * 3600_000);

describe.skipIf(!available)(
  available ? 'investigating a leaked AWS key' : `investigating a leaked AWS key (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let standIn: CloudTrailStandIn;
    let s: Services;
    let ct: CloudTrailClients;
    const key = keyId();
    const quietKey = keyId();
    const ctx = (): JobContext => ({ job: {} as Job, token: undefined, scrubber: new Scrubber(), s });

    beforeAll(async () => {
      redis = await startRedis();
      standIn = await startCloudTrailStandIn([
        { keyId: key, region: 'us-east-1', at: at(-200), eventName: 'ListBuckets', sourceIp: '203.0.113.10' },
        { keyId: key, region: 'us-east-1', at: at(5), eventName: 'GetCallerIdentity', sourceIp: '198.51.100.23' },
        {
          keyId: key,
          region: 'us-east-1',
          at: at(6),
          eventName: 'CreateUser',
          sourceIp: '198.51.100.23',
          userAgent: 'Boto3/1.34 <img src=x onerror=alert(1)>',
          requestParameters: { userName: 'backup<b>' },
        },
        { keyId: quietKey, region: 'us-east-1', at: at(-100), eventName: 'ListBuckets', sourceIp: '203.0.113.10' },
      ]);
      const env = {
        GITHUB_WEBHOOK_SECRET: 'x',
        LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LEAKHOUND_API_TOKEN: 'page-token',
        REDIS_URL: redis.url,
        AWS_ENDPOINT_URL_CLOUDTRAIL: standIn.url,
        AWS_ACCESS_KEY_ID: 'AKIDSTANDIN',
        AWS_SECRET_ACCESS_KEY: 'standin-secret',
        LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-east-1',
        LEAKHOUND_KNOWN_CIDRS: '203.0.113.0/24',
      };
      // The SDK reads its own credentials from the environment.
      process.env.AWS_ACCESS_KEY_ID = env.AWS_ACCESS_KEY_ID;
      process.env.AWS_SECRET_ACCESS_KEY = env.AWS_SECRET_ACCESS_KEY;
      s = createServices(loadResponderConfig(env, 'worker'), 'worker', {
        log: createLogger('t', { write: () => {} }),
        slack: null,
      });
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

    it('flags a call from an unknown network and a new IAM user, raises the severity, and shows it on the page', async () => {
      const id = await seedIncident(s.ledger, { committedAt: committed.toISOString(), openedAt: at(1).toISOString() });
      await s.secrets.put(id, 'primary', key);
      const summary = await investigateAwsKey(ctx(), id, ct.regions, NOW);
      expect(summary).toMatchObject({ total: 3, afterExposure: 2, possibleAttackerActivity: true, flaggedTotal: 2 });
      expect(summary!.flagged.map((f) => f.eventName)).toEqual(['GetCallerIdentity', 'CreateUser']);
      expect(await readCloudTrailSummary(s.ledger, id)).toEqual(summary);

      const incident = (await s.ledger.get(id))!;
      expect(incident.severity).toBe('critical');
      const timeline = await s.ledger.timeline(id);
      expect(timeline.map((e) => e.kind)).toEqual([
        'opened',
        'investigation',
        'investigation',
        'investigation',
        'severity',
        'paged',
        'step',
        'step',
      ]);
      expect(timeline[1]!.text).toContain('Possible attacker activity: 2 calls');
      expect(timeline[2]!.text).toContain('Calls by name: CreateUser ×1, GetCallerIdentity ×1, ListBuckets ×1');
      expect(timeline[2]!.text).toContain('198.51.100.23 (unknown network) ×2');
      // Exposed 3 days ago: the 90 days before it reach past what CloudTrail keeps.
      expect(timeline[3]!.text).toMatch(/CloudTrail's event history keeps 90 days: the 3 days from/);
      expect(timeline[5]!.text).toMatch(/^paged the channel \(@here\): CloudTrail shows possible attacker activity/);
      const alerts = await s.producer.queues.notify.getJobs(['waiting', 'delayed']);
      expect(alerts.map((j) => String(j.data.text)).find((t) => t.startsWith('<!here>'))).toMatch(
        /^<!here> :rotating_light: Leaked .* \(incident `[0-9a-f]{32}`\): CloudTrail shows possible attacker activity/,
      );
      // Use from outside the known networks: compliance and customer notification become tasks.
      expect(incident.steps.compliance).toMatchObject({ status: 'task' });
      expect(incident.steps.compliance!.detail).toContain('2 calls since the exposure from 198.51.100.23');
      expect(incident.steps.customers).toMatchObject({ status: 'task' });
      expect(incident.state).toBe('needs-human');
      expect(standIn.requests.at(-1)).toMatchObject({ region: 'us-east-1', status: 200 });

      // Once more (a retried job): the same summary, no second severity entry.
      await investigateAwsKey(ctx(), id, ct.regions, NOW);
      expect((await s.ledger.timeline(id)).filter((e) => e.kind === 'severity' || e.kind === 'paged')).toHaveLength(2);
      expect((await s.ledger.timeline(id)).filter((e) => e.step === 'compliance')).toHaveLength(1);

      const page = await createApp(s).request(`http://h/ui/incidents/${id}`, {
        headers: { host: 'h', authorization: 'Bearer page-token' },
      });
      const html = await page.text();
      expect(html).toContain('<h3 id="cloudtrail">AWS CloudTrail</h3>');
      expect(html).toContain('Possible attacker activity: 2 calls flagged.');
      expect(html).toContain('198.51.100.23 (unknown network)');
      expect(html).toContain('Boto3/1.34 &lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('userName=backup&lt;b&gt;');
      expect(html).not.toMatch(/<img|<b>/);

      const report = postIncidentReport((await s.ledger.get(id))!, await s.ledger.timeline(id), {
        cloudTrail: summary,
      });
      expect(report).toContain('## Investigation findings');
      expect(report).toContain('  - User agents: ');
      expect(report).toMatch(/ {2}- First use in the window: \S+; last use: \S+/);
      expect(report).toContain('- CloudTrail (us-east-1, ');
      expect(report).toMatch(
        /- Flagged: \S+ `CreateUser userName=backup<b>` from 198\.51\.100\.23 in us-east-1: persistence: CreateUser; from 198\.51\.100\.23, outside LEAKHOUND_KNOWN_CIDRS/,
      );
      expect(report).not.toContain(key);

      const everything = await everythingInRedis(s.redis);
      expect(everything).not.toContain(key);
      expect(html).not.toContain(key);
    });

    it('reports a quiet key as such and leaves the severity alone', async () => {
      const id = await seedIncident(s.ledger, {
        committedAt: committed.toISOString(),
        openedAt: at(1).toISOString(),
        severity: 'high',
      });
      await s.secrets.put(id, 'primary', quietKey);
      const summary = await investigateAwsKey(ctx(), id, ct.regions, NOW);
      expect(summary).toMatchObject({ total: 1, afterExposure: 0, possibleAttackerActivity: false });
      expect((await s.ledger.get(id))!.severity).toBe('high');
      expect((await s.ledger.get(id))!.steps.compliance).toBeUndefined();
      const kinds = (await s.ledger.timeline(id)).map((e) => `${e.kind}: ${e.text}`);
      expect(kinds.some((k) => /^investigation: CloudTrail .*No sign of attacker activity/.test(k))).toBe(true);
      expect(kinds.some((k) => k.startsWith('paged'))).toBe(false);
    });

    it('searches with the sealed copy kept after containment dropped the key itself', async () => {
      const id = await seedIncident(s.ledger, { committedAt: committed.toISOString(), openedAt: at(1).toISOString() });
      await s.secrets.put(id, 'watch', quietKey, 3600);
      await s.secrets.delete(id);
      expect(await investigateAwsKey(ctx(), id, ct.regions, NOW)).toMatchObject({ total: 1 });
      expect(await everythingInRedis(s.redis)).not.toContain(quietKey);
    });

    it('says so in the timeline when the key id is no longer stored', async () => {
      const id = await seedIncident(s.ledger, {});
      expect(await investigateAwsKey(ctx(), id, ct.regions, NOW)).toBeUndefined();
      expect((await s.ledger.timeline(id)).at(-1)!.text).toContain('CloudTrail was not searched');
    });
  },
);
