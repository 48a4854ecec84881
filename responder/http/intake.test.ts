import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertPayload, githubDelivery, pushPayload } from '../../test/helpers/github-payloads.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../../test/helpers/redis-server.js';
import { loadResponderConfig } from '../config.js';
import { createLogger } from '../log.js';
import { closeServices, createServices, type Services } from '../services.js';
import { createApp } from './app.js';

const available = redisServerAvailable();
const sha = (): string => randomBytes(20).toString('hex');
const repo = { fullName: 'octo-org/intake-test' };

describe.skipIf(!available)(
  available ? 'webhook and Slack intake' : `webhook and Slack intake (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let s: Services;
    let app: ReturnType<typeof createApp>;
    const env = {
      GITHUB_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
      GITHUB_WEBHOOK_SECRET_PREVIOUS: randomBytes(16).toString('hex'),
      GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: new Date(Date.now() + 86_400_000).toISOString(),
      SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
      SLACK_BOT_TOKEN: 'test-bot',
      SLACK_CHANNEL: 'C0SECURITY',
      LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LEAKHOUND_API_TOKEN: randomBytes(12).toString('hex'),
      LEAKHOUND_METRICS_TOKEN: randomBytes(12).toString('hex'),
      LEAKHOUND_WEBHOOK_BODY_LIMIT: String(64 * 1024),
    };

    beforeAll(async () => {
      redis = await startRedis();
      s = createServices(loadResponderConfig({ ...env, REDIS_URL: redis.url }, 'serve'), 'serve', {
        log: createLogger('t', { write: () => {} }),
      });
      app = createApp(s);
    });
    afterAll(async () => {
      await closeServices(s);
      await redis.stop();
    });

    const post = async (
      event: string,
      payload: unknown,
      opts: { delivery?: string; secret?: string; headers?: Record<string, string>; body?: string } = {},
    ) => {
      const d = await githubDelivery(
        opts.secret ?? env.GITHUB_WEBHOOK_SECRET,
        event,
        payload,
        opts.delivery ?? randomBytes(8).toString('hex'),
      );
      return app.request('/webhooks/github', {
        method: 'POST',
        headers: { ...d.headers, ...opts.headers },
        body: opts.body ?? d.body,
      });
    };

    it('accepts a signed push, answers 202 and enqueues a scan of the pushed range', async () => {
      const range = { before: sha(), after: sha() };
      const started = Date.now();
      const payload = pushPayload(repo, range);
      const res = await post('push', payload);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.status).toBe(202);
      const jobs = await s.producer.queues.intake.getJobs(['waiting', 'waiting-children']);
      const scan = jobs.find((j) => j.name === 'scan-push' && j.data.after === range.after);
      expect(scan?.data).toMatchObject({
        before: range.before,
        repo: { fullName: repo.fullName, visibility: 'public' },
      });
      const triage = jobs.find((j) => j.name === 'triage' && j.id === scan?.parentKey?.split(':').pop());
      expect(triage).toBeDefined();
      // The exposure window starts at the push: the payload's repository.pushed_at (Unix seconds).
      const pushedAt = (payload.repository as { pushed_at: number }).pushed_at;
      expect(triage!.data.pushedAt).toBe(new Date(pushedAt * 1000).toISOString());
    });

    it('acknowledges a redelivery of the same X-GitHub-Delivery without enqueuing again', async () => {
      const payload = pushPayload(repo, { before: sha(), after: sha() });
      const before = (await s.producer.queues.intake.getJobs(['waiting', 'waiting-children'])).length;
      expect((await post('push', payload, { delivery: 'dup-1' })).status).toBe(202);
      const again = await post('push', payload, { delivery: 'dup-1' });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: 'duplicate' });
      expect((await s.producer.queues.intake.getJobs(['waiting', 'waiting-children'])).length).toBe(before + 2);
    });

    it('recognises a signed body replayed under a new delivery id (the id is not signed)', async () => {
      const payload = pushPayload(repo, { before: sha(), after: sha() });
      expect((await post('push', payload, { delivery: 'original' })).status).toBe(202);
      const replay = await post('push', payload, { delivery: 'forged-new-id' });
      expect(replay.status).toBe(200);
      expect(await replay.json()).toMatchObject({ status: 'duplicate' });
    });

    it('accepts the previous secret while the webhook secret is being rotated', async () => {
      const res = await post('push', pushPayload(repo, { before: sha(), after: sha() }), {
        secret: env.GITHUB_WEBHOOK_SECRET_PREVIOUS,
      });
      expect(res.status).toBe(202);
    });

    it('stops accepting the previous secret after GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL, and says so once', async () => {
      const lines: string[] = [];
      const expired = createServices(
        loadResponderConfig(
          { ...env, REDIS_URL: redis.url, GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: '2020-01-01T00:00:00Z' },
          'serve',
        ),
        'serve',
        { log: createLogger('t', { write: (l) => void lines.push(l) }) },
      );
      try {
        const expiredApp = createApp(expired);
        const send = async (secret: string) => {
          const d = await githubDelivery(secret, 'push', pushPayload(repo, { before: sha(), after: sha() }), sha());
          return expiredApp.request('/webhooks/github', { method: 'POST', headers: d.headers, body: d.body });
        };
        expect((await send(env.GITHUB_WEBHOOK_SECRET_PREVIOUS)).status).toBe(401);
        expect((await send(env.GITHUB_WEBHOOK_SECRET_PREVIOUS)).status).toBe(401);
        expect((await send(env.GITHUB_WEBHOOK_SECRET)).status).toBe(202);
        expect(lines.filter((l) => l.includes('GITHUB_WEBHOOK_SECRET_PREVIOUS expired'))).toHaveLength(1);
      } finally {
        await closeServices(expired);
      }
    });

    it.each([
      ['a signature made with another secret', { secret: 'not-the-secret' }, 401],
      ['no signature', { headers: { 'x-hub-signature-256': '' } }, 401],
      ['a signature over another body', { body: JSON.stringify({ zen: 'tampered' }) }, 401],
      ['a form-encoded body', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ])('rejects %s', async (_, opts, status) => {
      const res = await post('push', pushPayload(repo, { before: sha(), after: sha() }), opts);
      expect(res.status).toBe(status);
      expect(await res.json()).toHaveProperty('error');
    });

    it('rejects a body over the limit with 413 before verifying it', async () => {
      const res = await post('push', { padding: 'x'.repeat(70 * 1024) });
      expect(res.status).toBe(413);
    });

    it.each([
      ['signed bytes that are not JSON', '{"ref": "refs/heads/main", ', /not valid JSON/],
      [
        'a push without `after`',
        JSON.stringify({ ...pushPayload(repo, { before: sha(), after: sha() }), after: undefined }),
        /payload\.after/,
      ],
      [
        'a push whose `before` is not a SHA',
        JSON.stringify(pushPayload(repo, { before: 'main', after: sha() })),
        /payload\.before/,
      ],
      ['a JSON array', '[]', /not a JSON object/],
      [
        'a repository name that climbs out of its owner',
        JSON.stringify(pushPayload({ fullName: 'octo-org/..' }, { before: sha(), after: sha() })),
        /payload\.repository\.full_name/,
      ],
      [
        'a repository name that starts like an option',
        JSON.stringify(pushPayload({ fullName: 'octo-org/--upload-pack=x' }, { before: sha(), after: sha() })),
        /payload\.repository\.full_name/,
      ],
    ])('answers 400 to %s', async (_, body, message) => {
      const headers = {
        'x-hub-signature-256': `sha256=${createHmac('sha256', env.GITHUB_WEBHOOK_SECRET).update(body).digest('hex')}`,
      };
      const res = await post('push', {}, { headers, body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    });

    it('answers ping, and ignores a branch deletion', async () => {
      expect((await post('ping', { zen: 'Keep it logically awesome.' })).status).toBe(200);
      const res = await post('push', { ...pushPayload(repo, { before: sha(), after: '0'.repeat(40) }), deleted: true });
      expect(await res.json()).toMatchObject({ status: 'ignored' });
    });

    it.each([
      ['created', 'fetch-alert'],
      ['reopened', 'fetch-alert'],
      ['resolved', 'alert-event'],
      ['publicly_leaked', 'fetch-alert'],
      ['validated', 'alert-event'],
    ])('enqueues secret_scanning_alert.%s as %s', async (action, name) => {
      const number = 100 + Math.floor(Math.random() * 1e6);
      const res = await post(
        'secret_scanning_alert',
        alertPayload(repo, action, { number, secret_type: 'aws_access_key_id', resolution: 'false_positive' }),
      );
      expect(res.status).toBe(202);
      const jobs = await s.producer.queues.intake.getJobs(['waiting', 'waiting-children']);
      expect(jobs.some((j) => j.name === name && j.data.alertNumber === number)).toBe(true);
    });

    describe('Slack interactivity', () => {
      const sign = (body: string, ts = Math.floor(Date.now() / 1000)) => ({
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': `v0=${createHmac('sha256', env.SLACK_SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`,
      });
      const click = (action: string, incidentId = 'a'.repeat(32)) =>
        new URLSearchParams({
          payload: JSON.stringify({
            type: 'block_actions',
            user: { id: 'U123', username: 'sec' },
            team: { id: 'T1' },
            channel: { id: 'C0SECURITY' },
            container: { type: 'message', message_ts: '1.1' },
            trigger_id: 't',
            actions: [
              { type: 'button', action_id: `leakhound_${action}`, value: incidentId, action_ts: '1700000000.000200' },
            ],
          }),
        }).toString();

      it('verifies the signature, acknowledges within 3 seconds and leaves the work to a job', async () => {
        const body = click('acknowledge');
        const started = Date.now();
        const res = await app.request('/slack/actions', { method: 'POST', headers: sign(body), body });
        expect(res.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(3000);
        const jobs = await s.producer.queues.incident.getJobs(['waiting']);
        expect(jobs.find((j) => j.name === 'slack-action')?.data).toEqual({
          incidentId: 'a'.repeat(32),
          action: 'acknowledge',
          user: 'U123',
          team: 'T1',
          channel: 'C0SECURITY',
          messageTs: '1.1',
          actionTs: '1700000000.000200',
        });
      });

      it('answers 413 to a body over 1 MB before reading or verifying it', async () => {
        const body = `payload=${'x'.repeat(1024 * 1024 + 1)}`;
        const res = await app.request('/slack/actions', { method: 'POST', headers: sign(body), body });
        expect(res.status).toBe(413);
      });

      it.each([
        ['a wrong signature', (b: string) => ({ ...sign(b), 'x-slack-signature': `v0=${'0'.repeat(64)}` })],
        ['a replayed request from ten minutes ago', (b: string) => sign(b, Math.floor(Date.now() / 1000) - 600)],
      ])('rejects %s with 401', async (_, headers) => {
        const body = click('rotated');
        expect((await app.request('/slack/actions', { method: 'POST', headers: headers(body), body })).status).toBe(
          401,
        );
      });
    });

    describe('operational endpoints', () => {
      it('answers /healthz and /readyz', async () => {
        expect((await app.request('/healthz')).status).toBe(200);
        expect(await (await app.request('/readyz')).json()).toEqual({ status: 'ready', redis: 'ok' });
      });

      it('serves Prometheus text on /metrics, only with LEAKHOUND_METRICS_TOKEN', async () => {
        expect((await app.request('/metrics')).status).toBe(401);
        expect(
          (await app.request('/metrics', { headers: { authorization: `Bearer ${env.LEAKHOUND_API_TOKEN}` } })).status,
        ).toBe(401);
        const res = await app.request('/metrics', {
          headers: { authorization: `Bearer ${env.LEAKHOUND_METRICS_TOKEN}` },
        });
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(text).toMatch(/^# HELP leakhound_queue_jobs /m);
        expect(text).toMatch(/^leakhound_queue_jobs\{queue="intake",state="waiting"\} \d+$/m);
        expect(text).toMatch(/^leakhound_incidents\{state="open"\} 0$/m);
        expect(text).toMatch(/^leakhound_time_to_containment_seconds_bucket\{le="\+Inf"\} 0$/m);
      });

      it('guards /incidents with the bearer token', async () => {
        expect((await app.request('/incidents')).status).toBe(401);
        expect((await app.request('/incidents', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
        const ok = await app.request('/incidents', { headers: { authorization: `Bearer ${env.LEAKHOUND_API_TOKEN}` } });
        expect(await ok.json()).toEqual({ incidents: [], total: 0 });
        expect(
          (
            await app.request(`/incidents/${'b'.repeat(32)}`, {
              headers: { authorization: `Bearer ${env.LEAKHOUND_API_TOKEN}` },
            })
          ).status,
        ).toBe(404);
      });
    });
  },
);
