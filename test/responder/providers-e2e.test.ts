// The responder end to end for providers other than AWS, with real git, a real Redis and
// stand-ins that behave as the providers document: a Stripe key pushed in a commit opens an
// incident whose guided roll closes itself once Stripe rejects the key; a GitHub token is
// revoked through the unauthenticated credential revocation API and confirmed. Both verify live
// first, which is the evidence that lets containment act (issue 10's rule, for every provider); a
// token GitHub does not accept waits for a responder's approval instead.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { startStandIn, type StandIn } from '../helpers/http-standin.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(
  available ? 'provider containment end to end' : `provider containment end to end (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let stripe: StandIn;
    const liveStripeKeys = new Set<string>();
    let repo: PushRepo;
    let h: Harness;

    beforeAll(async () => {
      redis = await startRedis();
      // GET /v1/balance as Stripe answers it: the balance for a working key; 401 once it is rolled.
      stripe = await startStandIn([
        [
          'GET',
          /^\/v1\/balance$/,
          (req) =>
            liveStripeKeys.has(String(req.headers.authorization).replace(/^Bearer /, ''))
              ? { json: { object: 'balance', livemode: true, available: [], pending: [] } }
              : {
                  status: 401,
                  json: {
                    error: {
                      type: 'invalid_request_error',
                      code: 'api_key_expired',
                      message: 'Expired API Key provided',
                    },
                  },
                },
        ],
      ]);
    });
    afterAll(async () => {
      await stripe?.close();
      await redis?.stop();
    });
    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    async function setUp(name: string): Promise<void> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({
        redisUrl: redis.url,
        repoRoot: repo.root,
        env: { LEAKHOUND_STRIPE_API_URL: stripe.url, LEAKHOUND_REVERIFY_INTERVAL_MS: '200' },
      });
    }

    async function incident(pred: (d: Detail) => boolean, what: string): Promise<Detail> {
      return waitFor(
        async () => {
          const list = await h.api<{ incidents: { id: string }[] }>('/incidents');
          for (const { id } of list.incidents) {
            const d = await h.api<Detail>(`/incidents/${id}`);
            if (pred(d)) return d;
          }
          return undefined;
        },
        what,
        20_000,
        100,
      );
    }

    async function leakedNowhere(secret: string): Promise<void> {
      const everywhere = [
        await everythingInRedis(h.server.services.redis),
        JSON.stringify(h.slack.requests),
        h.logs.join('\n'),
      ].join('\n');
      expect(everywhere).not.toContain(secret);
    }

    it('hands out a guided Stripe roll and closes it itself when the key stops working', async () => {
      await setUp('stripe-shop');
      const key = join('sk_live_', '51', rand(ALNUM, 97));
      liveStripeKeys.add(key);
      repo.commit({ 'config/payments.env': `STRIPE_SECRET_KEY=${key}\n` }, { author: 'Sam Shopper' });
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);

      const waiting = await incident(
        // The task is recorded first, then the incident turns to "needs a human".
        (d) => d.incident.steps['stripe-roll']?.status === 'task' && d.incident.state === 'needs-human',
        'the guided roll task',
      );
      expect(waiting.incident).toMatchObject({ ruleId: 'stripe-secret-key', provider: 'stripe', state: 'needs-human' });
      expect(waiting.incident.steps['stripe-roll']!.detail).toContain('https://dashboard.stripe.com/apikeys');
      expect(waiting.timeline.find((e) => e.kind === 'verification')?.text).toMatch(
        /^leaked credential is live: Stripe accepts the key/,
      );
      // It keeps asking Stripe while the key works, and nobody reports back.
      const asked = stripe.requests.length;
      await waitFor(() => stripe.requests.length >= asked + 2, 'leakhound to re-verify the key');
      expect((await h.api<Detail>(`/incidents/${waiting.incident.id}`)).incident.containedAt).toBeUndefined();

      liveStripeKeys.delete(key); // a person rolls the key in the dashboard
      const done = await incident(
        (d) => d.incident.id === waiting.incident.id && !!d.incident.containedAt,
        'containment',
      );
      expect(done.incident.state).toBe('contained');
      expect(done.incident.evidence).toMatchObject({ kind: 'verified-live', by: 'leakhound' });
      expect(done.incident.steps['stripe-roll']).toMatchObject({
        status: 'done',
        detail: expect.stringMatching(/confirmed by re-verification/),
      });
      expect(done.incident.steps['stripe-confirm-revoked']).toMatchObject({
        status: 'done',
        detail: expect.stringMatching(/^revocation verified: Stripe rejected the key \(HTTP 401: the key has expired/),
      });
      for (const r of stripe.requests) expect(r.headers.authorization).toBe(`Bearer ${key}`);
      await waitFor(() => h.slack.posts().some((p) => /revocation verified/.test(p.text)), 'Slack to hear it');
      await leakedNowhere(key);
    });

    it('revokes a leaked GitHub token through the credential revocation API and confirms it', async () => {
      await setUp('gh-tools');
      const body = rand(ALNUM, 30);
      const token = join('ghp', '_', body, base62(crc32(body), 6));
      h.github.liveTokens.add(token);
      repo.commit({ 'scripts/release.sh': `#!/bin/sh\nexport GH_TOKEN=${token}\n` });
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);

      const done = await incident((d) => !!d.incident.containedAt && d.incident.state === 'contained', 'containment');
      expect(done.incident).toMatchObject({ ruleId: 'github-pat', provider: 'github', state: 'contained' });
      expect(done.incident.evidence).toMatchObject({ kind: 'verified-live', by: 'leakhound' });
      expect(done.incident.steps['github-revoke']).toMatchObject({
        status: 'done',
        detail: expect.stringContaining('202'),
      });
      expect(done.incident.steps['github-confirm-revoked']).toMatchObject({
        status: 'done',
        detail: expect.stringMatching(/^revocation verified/),
      });
      expect(done.timeline.find((e) => e.kind === 'verification')?.text).toMatch(
        /leaked credential is live: GitHub accepts the token as leaky-user; scopes: repo, workflow/,
      );
      const revocations = h.github.requests.filter((r) => r.path === '/credentials/revoke');
      expect(revocations).toHaveLength(1);
      expect(revocations[0]!.headers.authorization).toBeUndefined();
      expect(h.github.liveTokens.has(token)).toBe(false);
      await leakedNowhere(token);
    });

    it('holds back revoking a GitHub token that does not verify live until a responder approves', async () => {
      await setUp('gh-unverified');
      const body = rand(ALNUM, 30);
      const token = join('ghp', '_', body, base62(crc32(body), 6)); // GitHub answers 401 for it
      repo.commit({ 'scripts/deploy.sh': `#!/bin/sh\nexport GH_TOKEN=${token}\n` });
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);

      const held = await incident(
        (d) => d.incident.steps['github-confirm-revoked']?.status === 'task' && d.incident.state === 'needs-human',
        'containment to be held back',
      );
      expect(held.incident.evidence).toBeUndefined();
      expect(held.incident.steps['github-revoke']).toMatchObject({
        status: 'task',
        detail: expect.stringMatching(/^nothing shows this credential is live.*"Revoke this credential"/),
      });
      expect(h.github.requests.filter((r) => r.path === '/credentials/revoke')).toHaveLength(0);
      const button = await waitFor(
        () =>
          h.slack
            .posts()
            .map((p) => JSON.stringify(p.blocks))
            .find((b) => b.includes('leakhound_contain')),
        'the approve button',
      );
      expect(button).toContain('Revoke this credential');

      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'contain', held.incident.id);
      const done = await incident(
        (d) => d.incident.id === held.incident.id && d.incident.state === 'contained',
        'the approved containment',
      );
      expect(done.incident.evidence).toMatchObject({ kind: 'responder-approved', by: 'slack:U0SECOPS' });
      expect(done.incident.steps['github-revoke']).toMatchObject({ status: 'done' });
      expect(done.incident.steps['github-confirm-revoked']).toMatchObject({ status: 'done' });
      expect(h.github.requests.filter((r) => r.path === '/credentials/revoke')).toHaveLength(1);
      await leakedNowhere(token);
    });
  },
);
