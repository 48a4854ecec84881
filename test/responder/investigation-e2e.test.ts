// Phase 2 end to end with real parts: git, Redis, moto, the GitHub and Slack stand-ins, and the
// CloudTrail stand-in (moto has no LookupEvents) reached through AWS_ENDPOINT_URL_CLOUDTRAIL.
// A pushed key pair is contained; the investigation finds CloudTrail calls from an unknown
// network and a CreateUser, pages the channel, and says who pushed, who wrote it, which
// branches have it and how many forks could keep it; the report and the page show all of it;
// a call made with the key after containment is posted by the monitoring job, once.
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { type CloudTrailStandIn, startCloudTrailStandIn } from '../helpers/cloudtrail-standin.js';
import { createLeakableKey, motoIam } from '../helpers/aws-fixtures.js';
import { closeWithReview } from '../helpers/close-review.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };
const HOUR = 3600_000;

describe.skipIf(missing !== undefined)(
  missing ? `investigation end to end (skipped: ${missing})` : 'investigation end to end',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;
    let ct: CloudTrailStandIn;

    afterEach(async () => {
      await h?.close();
      await ct?.close();
      repo?.remove();
    });

    const detail = (id: string): Promise<Detail> => h.api<Detail>(`/incidents/${id}`);
    const entry = async (id: string, kind: string, pattern: RegExp, what: string): Promise<TimelineEntry> =>
      waitFor(
        async () => (await detail(id)).timeline.find((e) => e.kind === kind && pattern.test(e.text)),
        what,
        30_000,
        100,
      );

    it('investigates a contained key pair, pages the channel, reports it, and posts a later use from monitoring', async () => {
      const key = await createLeakableKey(motoIam(svc.moto.url), 'deploy-bot');
      const now = Date.now();
      ct = await startCloudTrailStandIn([
        // The owner's own use in the 90 days before, from the office network.
        {
          keyId: key.id,
          region: 'us-east-1',
          at: new Date(now - 10 * 24 * HOUR),
          eventName: 'ListBuckets',
          sourceIp: '203.0.113.10',
          eventSource: 's3.amazonaws.com',
        },
        // After the commit: someone else, from elsewhere, making themselves a way back in.
        {
          keyId: key.id,
          region: 'us-east-1',
          at: new Date(now - 2 * HOUR),
          eventName: 'GetCallerIdentity',
          sourceIp: '198.51.100.23',
          eventSource: 'sts.amazonaws.com',
          userAgent: 'Boto3/1.34.0 Python/3.12',
        },
        {
          keyId: key.id,
          region: 'us-east-1',
          at: new Date(now - 2 * HOUR + 60_000),
          eventName: 'CreateUser',
          sourceIp: '198.51.100.23',
          userAgent: 'Boto3/1.34.0 Python/3.12',
          requestParameters: { userName: 'backup-admin' },
        },
      ]);
      repo = pushRepo('octo-org/investigated');
      h = await startHarness({
        redisUrl: svc.redis.url,
        motoUrl: svc.proxy.url,
        repoRoot: repo.root,
        env: {
          AWS_ENDPOINT_URL_CLOUDTRAIL: ct.url,
          LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-east-1',
          LEAKHOUND_KNOWN_CIDRS: '203.0.113.0/24',
          LEAKHOUND_MONITOR_INTERVAL_MS: '400',
          LEAKHOUND_MONITOR_STOP_ON_CLOSE: '1',
        },
      });
      h.github.repos.set(repo.fullName, { visibility: 'public', forks_count: 2, default_branch: 'main' });
      h.github.logins.set('dev@example.com', 'jane-leaker');

      const introduced = new Date(now - 3 * HOUR).toISOString();
      repo.commit({ 'README.md': '# service\n' }, { date: introduced });
      repo.push('docs');
      repo.commit(
        { 'deploy/prod.env': `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` },
        { date: introduced, author: 'Jane Leaker' },
      );
      repo.push('release');
      const range = repo.push('main');
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, range))).status).toBe(202);

      const id = await waitFor(
        async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
        'the incident to open',
      );
      await entry(id, 'contained', /contained/, 'containment');
      // CloudTrail: the verdict, the counts, and a page to the channel.
      const verdict = await entry(id, 'investigation', /^CloudTrail \(us-east-1/, 'the CloudTrail investigation');
      expect(verdict.text).toMatch(/3 calls, 2 since the exposure, from 2 sources/);
      expect(verdict.text).toMatch(/Possible attacker activity: 2 calls, e\.g\. GetCallerIdentity/);
      const counts = await entry(id, 'investigation', /^Calls by name/, 'the CloudTrail counts');
      expect(counts.text).toContain('CreateUser ×1, GetCallerIdentity ×1, ListBuckets ×1');
      expect(counts.text).toContain('198.51.100.23 (unknown network) ×2');
      expect(counts.text).toContain('Boto3/1.34.0 Python/3.12 ×2');
      await entry(id, 'paged', /^paged the channel \(@here\): CloudTrail shows possible attacker activity/, 'the page');
      // GitHub: who pushed, who wrote it, where it is, who could keep a copy.
      const gh = await entry(id, 'investigation', /^GitHub: /, 'the GitHub investigation');
      expect(gh.text).toContain(`GitHub: ${repo.fullName} is public; 2 forks at `);
      expect(gh.text).toContain('a fork keeps the secret after any rewrite of this repository');
      expect(gh.text).toContain('pushed by Codertocat');
      expect(gh.text).toContain(
        `commit ${range.after.slice(0, 12)} authored by Jane Leaker <dev@example.com> (GitHub jane-leaker), committed by Dev Eloper, on main, release`,
      );
      expect(gh.text).not.toMatch(/docs/);
      const caps = await entry(id, 'investigation', /^What an attacker could do with it/, 'the capabilities');
      expect(caps.text).toContain('Use AWS with everything the credential’s owner may do there');

      // Monitoring: a call with the dead key after containment reaches the thread, once.
      await entry(
        id,
        'monitoring',
        /^monitoring started: CloudTrail is searched for the contained key every 0\.4 s/,
        'monitoring to start',
      );
      ct.add({
        keyId: key.id,
        region: 'us-east-1',
        at: new Date(),
        eventName: 'ListBuckets',
        sourceIp: '192.0.2.77',
        eventSource: 's3.amazonaws.com',
        errorCode: 'InvalidClientTokenId',
      });
      const used = await entry(
        id,
        'monitoring',
        /^the contained key was used after containment/,
        'monitoring to post the later call',
      );
      expect(used.text).toMatch(
        /ListBuckets from 192\.0\.2\.77 \(aws-cli\/2\.15\.0 Python\/3\.11\.6\) in us-east-1 at \S+; refused with InvalidClientTokenId/,
      );
      const lookups = ct.requests.length;
      await waitFor(
        () => (ct.requests.length >= lookups + 3 ? true : undefined),
        'three more monitoring runs',
        20_000,
        100,
      );
      const uses = (await detail(id)).timeline.filter((e) => e.text.startsWith('the contained key was used'));
      expect(uses).toHaveLength(1);
      await waitFor(
        () =>
          h.slack.posts().find((p) => p.threadTs && p.text.includes('the contained key was used after containment')),
        'the thread to hear about it',
      );
      expect(h.slack.posts().some((p) => p.threadTs && /^CloudTrail \(us-east-1/.test(p.text))).toBe(true);
      const page = h.slack.posts().find((p) => !p.threadTs && p.text.startsWith('<!here>'));
      expect(page?.text).toMatch(
        /^<!here> :rotating_light: Leaked AWS access key ID .* CloudTrail shows possible attacker activity/,
      );

      // Closing writes the report with every finding; closing also ends monitoring (configured so).
      for (const [action, value] of [
        ['acknowledge', id],
        ['rotated', id],
        ['done', `${id}:history`],
        // Use from an unknown network made compliance and customer notification tasks (issue 14, phase 3).
        ['done', `${id}:compliance`],
        ['done', `${id}:customers`],
      ] as const) {
        await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, id, 'U0SECOPS', { value });
      }
      // Settled: a responder closes it with the post-incident review.
      await closeWithReview(h, id);
      const report = await waitFor(() => h.api<string>(`/incidents/${id}/report`).catch(() => undefined), 'the report');
      expect(report).toContain('## Investigation findings');
      expect(report).toContain('## Root cause');
      expect(report).toMatch(/- What an attacker could do with it \(AWS, checked \S+\): Use AWS with everything/);
      expect(report).toContain(`- GitHub: ${repo.fullName} is public; 2 forks at `);
      expect(report).toMatch(/- CloudTrail \(us-east-1, .*Possible attacker activity: 2 calls/);
      expect(report).toContain('  - Source IPs: 198.51.100.23 (unknown network) ×2, 203.0.113.10 ×1');
      expect(report).toMatch(
        /- Flagged: \S+ `CreateUser userName=backup-admin` from 198\.51\.100\.23 in us-east-1: persistence: CreateUser/,
      );
      expect(report).toContain('the contained key was used after containment: ListBuckets');
      await entry(
        id,
        'monitoring',
        /^monitoring ended: the incident closed \(contained\)/,
        'monitoring to end on close',
      );
      const schedulers = await h.workers[0]!.services.producer.queues.incident.getJobSchedulers();
      expect(schedulers).toEqual([]);

      const html = await (
        await fetch(`${h.baseUrl}/ui/incidents/${id}`, {
          headers: { authorization: `Bearer ${h.env.LEAKHOUND_API_TOKEN}` },
        })
      ).text();
      expect(html).toContain('<h3 id="cloudtrail">AWS CloudTrail</h3>');
      expect(html).toContain('198.51.100.23 (unknown network)');
      expect(html).toContain('<h3 id="capabilities">What an attacker could do with it</h3>');
      expect(html).toContain('2 forks: a fork keeps the secret after any rewrite of this repository.');
      expect(html).toContain('Investigation findings');
      expect(html).toContain('the contained key was used after containment: ListBuckets from 192.0.2.77');
      expect(html).toContain('pushed by Codertocat');

      const redis = await everythingInRedis(h.server.services.redis);
      expect(redis).not.toContain(`secret:watch`);
      const everywhere = [redis, JSON.stringify(h.slack.requests), h.logs.join('\n'), report, html].join('\n');
      expect(everywhere).not.toContain(key.id);
      expect(everywhere).not.toContain(key.secret);
      expect(h.logs.join('\n')).not.toMatch(/job failed/);
    });
  },
);
