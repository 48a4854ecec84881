// End to end with real parts: git, Redis, moto through the AWS SDK, real webhook payloads,
// the GitHub and Slack stand-ins. A key created in moto leaks; the responder contains it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { alertPayload, pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton, submitSlackReview } from '../helpers/slack-click.js';
import { TagUserCommand } from '@aws-sdk/client-iam';

const QUARANTINE = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3';
const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(missing !== undefined)(
  missing ? `responder end to end (skipped: ${missing})` : 'responder end to end',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;
    const iam = () => motoIam(svc.moto.url);

    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    async function setUp(name: string): Promise<void> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: svc.redis.url, motoUrl: svc.proxy.url, repoRoot: repo.root });
    }

    const contained = async (id?: string): Promise<Detail> =>
      waitFor(
        async () => {
          const ids = id
            ? [id]
            : (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents.map((i) => i.id);
          for (const i of ids) {
            const d = await h.api<Detail>(`/incidents/${i}`);
            // containedAt is set first; the exposure step and the timeline entry follow it.
            if (d.incident.containedAt && d.timeline.some((e) => e.kind === 'contained')) return d;
          }
          return undefined;
        },
        'the incident to be contained',
        20_000,
        100,
      );

    it('contains an AWS key after a signed push that leaks it', async () => {
      await setUp('leaky-service');
      const key = await createLeakableKey(iam(), 'deploy-bot');
      // The key's owner is named on its IAM user; the author and the owner are in Slack.
      await iam().send(
        new TagUserCommand({ UserName: 'deploy-bot', Tags: [{ Key: 'owner', Value: 'Ops@Example.com' }] }),
      );
      h.slack.users.set('jane@example.com', 'U0JANE');
      h.slack.users.set('ops@example.com', 'U0OPS');
      const introduced = new Date(Date.now() - 3 * 3600_000).toISOString();
      repo.commit({ 'README.md': '# service\n' }, { date: introduced });
      repo.commit(
        { 'config/prod.env': `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` },
        { date: introduced, author: 'Jane Leaker', email: 'jane@example.com' },
      );
      const range = repo.push();

      const started = Date.now();
      const res = await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
      expect(res.status).toBe(202);
      const { incident, timeline } = await contained();

      expect(await keyState(iam(), 'deploy-bot', key.id)).toEqual({ status: 'Inactive', policies: [QUARANTINE] });
      expect(incident).toMatchObject({
        state: 'contained',
        provider: 'aws',
        ruleId: 'aws-access-key-id',
        severity: 'critical',
        repo: repo.fullName,
        visibility: 'public',
      });
      expect(incident.credential).toBe(`${key.id.slice(0, 4)}…${key.id.slice(-2)}`);
      expect(incident.locations).toEqual([
        expect.objectContaining({ file: 'config/prod.env', startLine: 2, author: 'Jane Leaker', commit: range.after }),
      ]);
      // Exposed from the push (the payload's pushed_at), not from the commit made 3 hours before it.
      expect(incident.pushedAt).toBe(incident.exposureStart);
      expect(Date.parse(incident.exposureStart!)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);

      const steps = timeline.filter((e) => e.kind === 'step').map((e) => `${e.step}:${e.text.split(':')[0]}`);
      expect(steps).toEqual([
        'access:done',
        'aws-identify:done',
        'aws-deactivate:done',
        'aws-quarantine:done',
        'aws-verify:done',
        'exposure:done',
      ]);
      expect(timeline[0]).toMatchObject({ kind: 'opened', actor: 'leakhound' });
      expect(timeline.find((e) => e.kind === 'verification')?.text).toMatch(/leaked key pair is live/);
      const at = (pred: (e: (typeof timeline)[number]) => boolean) => timeline.findIndex(pred);
      expect(at((e) => e.kind === 'contained')).toBeGreaterThan(at((e) => e.step === 'aws-verify'));

      const slack = await waitFor(() => {
        const posts = h.slack.posts();
        return posts.some((p) => p.threadTs && /revocation verified/.test(p.text)) ? posts : undefined;
      }, 'Slack to hear about the revocation');
      const alert = slack.find((p) => p.method === 'chat.postMessage' && !p.threadTs)!;
      expect(alert.channel).toBe('C0SECURITY');
      expect(JSON.stringify(alert.blocks)).toMatch(/Leaked AWS access key ID.* in octo-org\/leaky-service/);
      expect(JSON.stringify(alert.blocks)).toContain('config/prod.env:2');
      expect(JSON.stringify(alert.blocks)).toContain('Jane Leaker');
      expect(alert.blocks.find((b) => (b as { type: string }).type === 'actions')).toBeDefined();
      expect(slack.filter((p) => p.threadTs === '1700000000.000001').length).toBeGreaterThanOrEqual(6);

      // People finish the playbook from Slack: acknowledge, "I rotated it", "I cleaned the history".
      expect((await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'acknowledge', incident.id)).status).toBe(
        200,
      );
      expect((await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'rotated', incident.id)).status).toBe(200);
      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'done', incident.id, 'U0SECOPS', {
        value: `${incident.id}:history`,
      });
      // The author and the owner got a DM each; the pusher's GitHub no-reply address reaches nobody.
      const dms = await waitFor(() => {
        const d = h.slack.posts().filter((p) => p.channel.startsWith('D'));
        return d.length >= 2 ? d : undefined;
      }, 'the direct messages');
      expect(dms.map((d) => d.channel).sort()).toEqual(['D0JANE', 'D0OPS']);
      const toJane = JSON.stringify(dms.find((d) => d.channel === 'D0JANE')!.blocks);
      expect(toJane).toContain('you committed it');
      expect(toJane).toContain(incident.credential);
      expect(toJane).toContain('Deactivate the access key');
      expect(toJane).toContain('leakhound hook install');
      expect(JSON.stringify(dms.find((d) => d.channel === 'D0OPS')!.blocks)).toContain(
        'you are named as its owner (IAM user tag owner on deploy-bot)',
      );
      const notes = await waitFor(async () => {
        const t = (await h.api<Detail>(`/incidents/${incident.id}`)).timeline;
        const n = t.filter((e) => e.kind === 'notified' || e.kind === 'not-notified');
        return n.length >= 3 ? n : undefined;
      }, 'the notifications on the timeline');
      expect(notes.map((e) => e.text)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^DM sent to jane@example\.com \(Slack user U0JANE\) as the commit author$/),
          expect.stringMatching(
            /^DM sent to ops@example\.com \(Slack user U0OPS\) as the credential owner, from the IAM user tag owner on deploy-bot$/,
          ),
          expect.stringMatching(
            /^no Slack user for 21031067\+codertocat@users\.noreply\.github\.com \(pusher\): a GitHub no-reply address/,
          ),
        ]),
      );

      // Every step is settled: leakhound does not close it, a responder does, with the review.
      const ready = await waitFor(async () => {
        const d = await h.api<Detail>(`/incidents/${incident.id}`);
        return d.incident.steps.report?.status === 'task' ? d : undefined;
      }, 'the review to be asked for');
      expect(ready.incident.state).toBe('contained');
      expect((await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'close', incident.id)).status).toBe(200);
      const [modal] = h.slack.views();
      expect(modal).toMatchObject({ triggerId: 'trigger', view: { type: 'modal', callback_id: 'leakhound_review' } });
      expect(JSON.stringify(modal!.view)).toContain('test fixture with a live key');
      const submitted = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, {
        rootCause: 'local-config',
        whatFailed: 'no pre-commit hook; <b>prod.env</b> was not in .gitignore',
        followUps: 'add config/*.env to .gitignore\n- rotate the staging keys too',
        addHook: true,
      });
      expect(submitted.status).toBe(200);
      expect(await submitted.text()).toBe('');
      const closed = await waitFor(async () => {
        const d = await h.api<Detail>(`/incidents/${incident.id}`);
        return d.incident.state === 'closed' && d.incident.steps.report?.status === 'done' ? d : undefined;
      }, 'the incident to close');
      expect(closed.incident).toMatchObject({ resolution: 'contained', acknowledged: { by: 'slack:U0SECOPS' } });
      expect(closed.incident.steps.report).toMatchObject({ by: 'slack:U0SECOPS' });
      const report = await waitFor(
        () => h.api<string>(`/incidents/${incident.id}/report`).catch(() => undefined),
        'the report',
      );
      expect(report).toMatch(/^# Post-incident report: AWS access key ID/);
      expect(report).toMatch(/\| Time to detect \| \d+\.\d s from exposure \|/);
      expect(report).toMatch(/\| Time to contain \| \d+\.\d s from exposure, \d+\.\d s after detection \|/);
      expect(report).toMatch(/\| Exposure window \| .* → .* \(\d+\.\d s\) \|/);
      expect(report).toContain('- [x] Deactivate the access key');
      expect(report).toMatch(/- \[x\] Remove the secret from git history.*: done by slack:U0SECOPS/);
      expect(report).toContain('## Summary');
      expect(report).toMatch(/## Notifications sent\n\n- \S+: DM sent to jane@example\.com/);
      expect(report).toContain('## Root cause\n\ncommitted a local config file (review by slack:U0SECOPS');
      expect(report).toContain('What failed: no pre-commit hook; <b>prod.env</b> was not in .gitignore');
      expect(report).toContain(
        '- [ ] add config/*.env to .gitignore\n- [ ] rotate the staging keys too\n- [ ] Add the pre-commit hook to octo-org/leaky-service: in a clone, run `leakhound hook install`',
      );
      expect(report).toMatch(/- \[x\] Post-incident report: done by slack:U0SECOPS/);
      // The page renders the review escaped.
      const page = await (
        await fetch(`${h.baseUrl}/ui/incidents/${incident.id}`, {
          headers: { authorization: `Bearer ${h.env.LEAKHOUND_API_TOKEN}` },
        })
      ).text();
      expect(page).toContain('no pre-commit hook; &lt;b&gt;prod.env&lt;/b&gt;');
      expect(page).toMatch(/<h2 id="notifications">Notifications sent<\/h2><ul><li>.*DM sent to jane@example\.com/);
      expect(page).not.toContain('<b>prod.env');

      const metrics = await (
        await fetch(`${h.baseUrl}/metrics`, { headers: { authorization: `Bearer ${h.env.LEAKHOUND_METRICS_TOKEN}` } })
      ).text();
      expect(metrics).toMatch(/^leakhound_incidents\{state="closed"\} 1$/m);
      expect(metrics).toMatch(/^leakhound_time_to_containment_seconds_count 1$/m);
      expect(metrics).toMatch(/^leakhound_time_to_detect_seconds_bucket\{provider="aws",le="60"\} 1$/m);
      expect(metrics).toMatch(/^leakhound_time_to_contain_seconds_count\{provider="aws"\} 1$/m);
      expect(metrics).toMatch(/^leakhound_jobs_completed_total\{queue="containment",name="aws-deactivate"\} 1$/m);

      // The secret was never stored, logged, posted or sent anywhere in the clear.
      const everywhere = [
        await everythingInRedis(h.server.services.redis),
        JSON.stringify(h.slack.requests),
        JSON.stringify(h.github.requests),
        h.logs.join('\n'),
        report,
        JSON.stringify(closed),
      ].join('\n');
      expect(everywhere).not.toContain(key.secret);
      expect(everywhere).not.toContain(key.id);
      expect(h.logs.join('')).not.toMatch(/job failed|error/i);
    });

    it('opens one incident and revokes once when the same push is delivered again', async () => {
      await setUp('dup-service');
      const key = await createLeakableKey(iam(), 'dup-bot');
      repo.commit({ '.env': `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` });
      repo.commit({ 'copy/.env': `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` });
      const range = repo.push();
      const payload = pushPayload({ fullName: repo.fullName }, range);
      const before = svc.proxy.actions.filter((a) => a === 'UpdateAccessKey').length;
      const first = await h.deliver('push', payload, 'delivery-1');
      const again = await h.deliver('push', payload, 'delivery-1');
      // The same signed body under another id (a replay, or an org and a repo hook) is the same delivery.
      const other = await h.deliver('push', payload, 'delivery-2');
      expect([first.status, again.status, other.status]).toEqual([202, 200, 200]);
      const { incident } = await contained();
      await new Promise((r) => setTimeout(r, 1000));
      const list = await h.api<{ incidents: unknown[] }>('/incidents');
      expect(list.incidents).toHaveLength(1);
      expect(incident.locations.map((l) => l.file).sort()).toEqual(['.env', 'copy/.env']);
      expect(svc.proxy.actions.filter((a) => a === 'UpdateAccessKey').length - before).toBe(1);
      expect((await keyState(iam(), 'dup-bot', key.id)).status).toBe('Inactive');
    });

    it('contains the key behind a secret_scanning_alert, fetched with its secret from GitHub', async () => {
      await setUp('alerted-service');
      const key = await createLeakableKey(iam(), 'alert-bot');
      const sha = 'c'.repeat(40);
      h.github.commits.set(sha, { name: 'Sam Pusher', email: 'sam@example.com', date: '2024-05-01T10:00:00Z' });
      h.github.alerts.set(`${repo.fullName}#42`, {
        number: 42,
        secret_type: 'aws_access_key_id',
        secret_type_display_name: 'Amazon AWS Access Key ID',
        secret: key.id,
        state: 'open',
        resolution: null,
        created_at: '2024-05-01T10:05:00Z',
        locations: [{ path: 'deploy/values.yaml', start_line: 12, commit_sha: sha }],
      });
      const res = await h.deliver(
        'secret_scanning_alert',
        alertPayload({ fullName: repo.fullName, private: true }, 'created', {
          number: 42,
          secret_type: 'aws_access_key_id',
        }),
      );
      expect(res.status).toBe(202);
      const { incident, timeline } = await contained();
      expect(await keyState(iam(), 'alert-bot', key.id)).toEqual({ status: 'Inactive', policies: [QUARANTINE] });
      expect(incident).toMatchObject({
        source: 'secret-scanning',
        alert: { number: 42 },
        exposureStart: '2024-05-01T10:00:00Z',
        visibility: 'private',
      });
      expect(incident.locations[0]).toMatchObject({ file: 'deploy/values.yaml', startLine: 12, author: 'Sam Pusher' });
      expect(timeline[0]).toMatchObject({ kind: 'opened', actor: 'github' });
      await waitFor(
        () => h.github.alerts.get(`${repo.fullName}#42`)?.resolution === 'revoked',
        'the GitHub alert to be resolved as revoked',
      );
      const patch = h.github.requests.find((r) => r.method === 'PATCH');
      expect(JSON.parse(patch!.body)).toMatchObject({ state: 'resolved', resolution: 'revoked' });
      expect(h.slack.posts().some((p) => !p.threadTs && p.method === 'chat.postMessage')).toBe(true);
      // Investigated after containment like a push; exposed since 2024, longer than CloudTrail keeps.
      const investigated = await waitFor(async () => {
        const t = (await h.api<Detail>(`/incidents/${incident.id}`)).timeline;
        return t.some((e) => e.text.startsWith('CloudTrail (')) && t.some((e) => /^CloudTrail's event/.test(e.text))
          ? t
          : undefined;
      }, 'the CloudTrail investigation');
      expect(investigated.find((e) => e.text.startsWith('CloudTrail ('))?.text).toMatch(
        /0 calls, 0 since the exposure.*never used in that window\. No sign of attacker activity\. The exposure began before the 90 days CloudTrail keeps/,
      );
      expect(investigated.find((e) => /^CloudTrail's event/.test(e.text))?.text).toMatch(
        /the exposure began on 2024-05-01, before the oldest event it still has/,
      );

      const everywhere = [
        await everythingInRedis(h.server.services.redis),
        JSON.stringify(h.slack.requests),
        h.logs.join('\n'),
      ].join('\n');
      expect(everywhere).not.toContain(key.id);
    });

    it('closes an alert marked false positive in Slack, and resolves it on GitHub as false_positive', async () => {
      await setUp('fp-service');
      h.github.alerts.set(`${repo.fullName}#7`, {
        number: 7,
        secret_type: 'slack_incoming_webhook_url',
        secret: `https://hooks.example.test/services/${'T0'.repeat(5)}/${'B0'.repeat(5)}`,
        state: 'open',
        resolution: null,
        created_at: '2024-05-01T10:05:00Z',
        locations: [],
      });
      await h.deliver('secret_scanning_alert', alertPayload({ fullName: repo.fullName }, 'created', { number: 7 }));
      const { incidents } = await waitFor(async () => {
        const l = await h.api<{ incidents: { id: string }[] }>('/incidents');
        return l.incidents.length ? l : undefined;
      }, 'the incident to open');
      const id = incidents[0]!.id;
      const opened = await h.api<Detail>(`/incidents/${id}`);
      expect(opened.incident.provider).toBeNull();
      expect(opened.incident.steps.revoke?.status).toBe('task');
      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'false-positive', id);
      await waitFor(
        () => h.github.alerts.get(`${repo.fullName}#7`)?.resolution === 'false_positive',
        'GitHub to hear it was a false positive',
      );
      const closed = await h.api<Detail>(`/incidents/${id}`);
      expect(closed.incident).toMatchObject({ state: 'closed', resolution: 'false-positive' });
      expect(closed.timeline.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['opened', 'false-positive', 'closed', 'github-alert']),
      );
    });

    it('follows the alert on GitHub: publicly leaked raises severity, resolved as used_in_tests closes', async () => {
      await setUp('alert-events');
      h.github.alerts.set(`${repo.fullName}#9`, {
        number: 9,
        secret_type: 'example_token',
        secret: `example-${'x1'.repeat(12)}`,
        state: 'open',
        resolution: null,
        created_at: '2024-05-01T10:05:00Z',
        locations: [],
      });
      const repoRef = { fullName: repo.fullName, private: true };
      await h.deliver('secret_scanning_alert', alertPayload(repoRef, 'created', { number: 9 }));
      const id = await waitFor(
        async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
        'the incident',
      );
      expect((await h.api<Detail>(`/incidents/${id}`)).incident.severity).toBe('high');
      await h.deliver('secret_scanning_alert', alertPayload(repoRef, 'publicly_leaked', { number: 9 }));
      await waitFor(
        async () => (await h.api<Detail>(`/incidents/${id}`)).incident.severity === 'critical',
        'severity to become critical',
      );
      await h.deliver(
        'secret_scanning_alert',
        alertPayload(repoRef, 'resolved', { number: 9, resolution: 'used_in_tests' }),
      );
      const d = await waitFor(async () => {
        const x = await h.api<Detail>(`/incidents/${id}`);
        // The state changes first; the timeline entries for it and for the report follow.
        return x.incident.state === 'closed' && x.timeline.some((e) => e.step === 'report') ? x : undefined;
      }, 'the incident to close');
      expect(d.incident.resolution).toBe('used-in-tests');
      expect(d.timeline.filter((e) => e.actor.startsWith('github:')).map((e) => e.kind)).toEqual([
        'github-alert',
        'github-alert',
        'closed',
        // The report, ticked in the name of whoever closed it: here GitHub's resolution.
        'step',
      ]);
    });

    it('rejects unsigned and malformed deliveries over HTTP and enqueues nothing', async () => {
      await setUp('hostile');
      const body = JSON.stringify(
        pushPayload({ fullName: repo.fullName }, { before: '0'.repeat(40), after: 'a'.repeat(40) }),
      );
      const unsigned = await fetch(`${h.baseUrl}/webhooks/github`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'push',
          'x-github-delivery': 'x',
          'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
        },
        body,
      });
      expect(unsigned.status).toBe(401);
      const malformed = await h.deliver('push', { ref: 'refs/heads/main', repository: { full_name: repo.fullName } });
      expect(malformed.status).toBe(400);
      const counts = await h.server.services.producer.queues.intake.getJobCounts();
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    });
  },
);
