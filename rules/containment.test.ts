// Every provider that revokes, run through its containment steps against a stateful stand-in
// (injected fetch) that stops accepting the credential once the documented revocation call
// arrives: the last step must confirm it by verifying again. Refusals become tasks for a
// person, transient answers become retries.
import { beforeAll, describe, expect, it } from 'vitest';
import { runContainment } from '../scanner/verify/run-containment.js';
import { type Answer, fakeFetch, type SentRequest } from '../test/helpers/fake-fetch.js';
import { seed } from './fixture-kit.js';
import { allFixtures } from './fixtures.js';
import type { ProviderContext } from './provider.js';
import { providerById } from './providers.js';
import type { RuleFixtures } from './types.js';

const fixtures: RuleFixtures = {};
beforeAll(() => {
  seed(20261206);
  for (const f of allFixtures) Object.assign(fixtures, f());
});

interface Case {
  provider: string;
  ruleId: string;
  pick?: (s: string) => boolean;
  /** Where the revocation call goes when not the API host (DigitalOcean's OAuth host). */
  host?: string;
  /** Is this the documented revocation request? */
  revocation: (r: SentRequest) => boolean;
  revoked: Answer;
  live: Answer;
  gone: Answer;
  /** Answers to the lookups a revocation needs first (Heroku lists the authorizations). */
  lookup?: (r: SentRequest, secret: string) => Answer | undefined;
}

const AUTHORIZATION_ID = '105a7bfa-34c3-476e-873a-b1ac3fdc12fb';
const unauthorized: Answer = { status: 401, body: { message: 'Unauthorized' } };
const CASES: Case[] = [
  {
    provider: 'github',
    ruleId: 'github-pat',
    revocation: (r) => r.method === 'POST' && r.url.endsWith('/credentials/revoke') && !r.headers.authorization,
    revoked: { status: 202, body: {} },
    live: { status: 200, body: { login: 'octocat' } },
    gone: unauthorized,
  },
  {
    provider: 'github',
    ruleId: 'github-server-to-server-token',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith('/installation/token'),
    revoked: { status: 204 },
    live: { status: 200, body: { total_count: 1 } },
    gone: unauthorized,
  },
  {
    provider: 'slack',
    ruleId: 'slack-bot-token',
    revocation: (r) => r.url.endsWith('/auth.revoke'),
    revoked: { status: 200, body: { ok: true, revoked: true } },
    live: { status: 200, body: { ok: true, team: 'Acme' } },
    gone: { status: 200, body: { ok: false, error: 'token_revoked' } },
  },
  {
    provider: 'gitlab',
    ruleId: 'gitlab-pat',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith('/api/v4/personal_access_tokens/self'),
    revoked: { status: 204 },
    live: { status: 200, body: { active: true, scopes: ['api'] } },
    gone: unauthorized,
  },
  {
    provider: 'gitlab',
    ruleId: 'gitlab-runner-token',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith('/api/v4/runners'),
    revoked: { status: 204 },
    live: { status: 200, body: {} },
    gone: { status: 403, body: { message: '403 Forbidden' } },
  },
  {
    provider: 'vercel',
    ruleId: 'vercel-token',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith('/v3/user/tokens/current'),
    revoked: { status: 200, body: { tokenId: 'tok' } },
    live: { status: 200, body: { user: { username: 'dev' } } },
    gone: { status: 403, body: { error: { code: 'forbidden' } } },
  },
  {
    provider: 'cloudflare',
    ruleId: 'cloudflare-api-token',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith(`/user/tokens/${'c'.repeat(32)}`),
    revoked: { status: 200, body: { success: true } },
    live: { status: 200, body: { success: true, result: { id: 'c'.repeat(32), status: 'active' } } },
    gone: unauthorized,
  },
  {
    provider: 'sendgrid',
    ruleId: 'sendgrid-api-key',
    revocation: (r) => r.method === 'DELETE' && /\/v3\/api_keys\/[\w-]+$/.test(r.url),
    revoked: { status: 204 },
    live: { status: 200, body: { scopes: ['mail.send'] } },
    gone: unauthorized,
  },
  {
    provider: 'discord',
    ruleId: 'discord-webhook-url',
    revocation: (r) => r.method === 'DELETE' && r.url.includes('/webhooks/'),
    revoked: { status: 204 },
    live: { status: 200, body: { name: 'alerts' } },
    gone: { status: 404, body: { message: 'Unknown Webhook', code: 10015 } },
  },
  {
    provider: 'tailscale',
    ruleId: 'tailscale-key',
    pick: (s) => s.startsWith('tskey-api-'),
    revocation: (r) => r.method === 'DELETE' && /\/api\/v2\/tailnet\/-\/keys\/\w+CNTRL$/.test(r.url),
    revoked: { status: 200 },
    live: { status: 200, body: { keys: [] } },
    gone: unauthorized,
  },
];

CASES.push(
  {
    provider: 'npm',
    ruleId: 'npm-access-token',
    revocation: (r) => r.method === 'DELETE' && /\/-\/npm\/v1\/tokens\/token\/npm_\w+$/.test(r.url),
    revoked: { status: 204 },
    live: { status: 200, body: { username: 'dev' } },
    gone: unauthorized,
  },
  {
    provider: 'digitalocean',
    ruleId: 'digitalocean-oauth-token',
    host: 'cloud.digitalocean.com',
    revocation: (r) =>
      r.method === 'POST' &&
      r.url === 'https://cloud.digitalocean.com/v1/oauth/revoke' &&
      r.body.startsWith('token=doo_v1_'),
    revoked: { status: 200, body: {} },
    live: { status: 200, body: { account: { status: 'active' } } },
    gone: unauthorized,
  },
  {
    provider: 'doppler',
    ruleId: 'doppler-token',
    revocation: (r) =>
      r.method === 'POST' &&
      r.url.endsWith('/v3/auth/revoke') &&
      JSON.parse(r.body).token === r.headers.authorization?.slice(7),
    revoked: { status: 200, body: { success: true } },
    live: { status: 200, body: { type: 'personal', workplace: { name: 'Acme' } } },
    gone: unauthorized,
  },
  {
    provider: 'buildkite',
    ruleId: 'buildkite-api-token',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith('/v2/access-token'),
    revoked: { status: 204 },
    live: { status: 200, body: { scopes: ['read_builds'], uuid: 'b63254c0-3271-4a98-8270-7cfbd6c2f14e' } },
    gone: unauthorized,
  },
  {
    provider: 'dropbox',
    ruleId: 'dropbox-access-token',
    revocation: (r) => r.method === 'POST' && r.url.endsWith('/2/auth/token/revoke') && r.body === 'null',
    revoked: { status: 200, body: null },
    live: { status: 200, body: { account_type: { '.tag': 'basic' } } },
    gone: { status: 401, body: { error_summary: 'invalid_access_token/', error: { '.tag': 'invalid_access_token' } } },
  },
  {
    provider: 'heroku',
    ruleId: 'heroku-api-key',
    revocation: (r) => r.method === 'DELETE' && r.url.endsWith(`/oauth/authorizations/${AUTHORIZATION_ID}`),
    revoked: { status: 200, body: { id: AUTHORIZATION_ID } },
    live: { status: 200, body: { email: 'dev@example.com' } },
    gone: unauthorized,
    lookup: (r, secret) =>
      r.url.endsWith('/oauth/authorizations')
        ? {
            status: 200,
            body: [
              { id: '01234567-89ab-cdef-0123-456789abcdef', access_token: { token: 'HRKU-AA-someone-else' } },
              { id: AUTHORIZATION_ID, access_token: { id: AUTHORIZATION_ID, token: secret } },
            ],
          }
        : undefined,
  },
);

function secretOf(c: Case): string {
  const s = fixtures[c.ruleId]?.truePositives.map((t) => t.secret!).find((x) => x && (c.pick?.(x) ?? true));
  if (!s) throw new Error(`no true positive for ${c.ruleId}`);
  return s;
}

function standIn(c: Case, onRevoke?: Answer | 'timeout') {
  let revoked = false;
  const secret = secretOf(c);
  const f = fakeFetch((r) => {
    const looked = revoked ? undefined : c.lookup?.(r, secret);
    if (looked) return looked;
    if (c.revocation(r)) {
      if (onRevoke) return onRevoke;
      revoked = true;
      return c.revoked;
    }
    return revoked ? c.gone : c.live;
  });
  const ctx: ProviderContext = { fetch: f.fetch, env: {}, timeoutMs: 1000, options: { 'github.revokeGatherMs': 0 } };
  return { ctx, sent: f.sent };
}

describe('provider containment', () => {
  it.each(CASES.map((c) => [c.provider, c.ruleId, c] as const))(
    '%s revokes %s and confirms it by verifying again',
    async (id, _rule, c) => {
      const p = providerById(id)!;
      const secret = secretOf(c);
      const { ctx, sent } = standIn(c);
      const run = await runContainment(p, { ruleId: c.ruleId, secret }, ctx, { retries: 0, firstPauseMs: 0 });
      expect(run.steps.map((s) => s.result.outcome)).toEqual(p.containment.map(() => 'done'));
      expect(run.outcome).toBe('revoked');
      expect(run.steps.at(-1)!.result.detail).toMatch(/^revocation verified/);
      expect(sent.filter((r) => c.revocation(r))).toHaveLength(1);
      for (const r of sent) expect([new URL(p.apiUrl).host, c.host]).toContain(new URL(r.url).host);
      for (const s of run.steps) expect(s.result.detail).not.toContain(secret);
    },
  );

  it.each(CASES.map((c) => [c.provider, c.ruleId, c] as const))(
    '%s turns a refused revocation of %s into a task for a person',
    async (id, _rule, c) => {
      const p = providerById(id)!;
      const { ctx } = standIn(c, { status: 400, body: { message: 'refused' } });
      const run = await runContainment(p, { ruleId: c.ruleId, secret: secretOf(c) }, ctx, {
        retries: 0,
        firstPauseMs: 0,
      });
      expect(run.outcome).toBe('task');
      expect(run.steps[0]!.result.outcome).toBe('task');
      expect(run.steps.slice(1).every((s) => s.result.outcome === 'not-run')).toBe(true);
    },
  );

  it.each(CASES.map((c) => [c.provider, c.ruleId, c] as const))(
    '%s retries the revocation of %s when rate limited',
    async (id, _rule, c) => {
      const p = providerById(id)!;
      const { ctx } = standIn(c, { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '60' } });
      const run = await runContainment(p, { ruleId: c.ruleId, secret: secretOf(c) }, ctx, {
        retries: 0,
        firstPauseMs: 0,
      });
      expect(run.outcome).toBe('unconfirmed');
      expect(run.steps[0]!.result.outcome).toBe('retry');
    },
  );

  it.each(CASES.map((c) => [c.provider, c.ruleId, c] as const))(
    '%s answers not found on the revocation of %s as the provider documents it, never by retrying',
    async (id, ruleId, c) => {
      const p = providerById(id)!;
      const { ctx } = standIn(c, { status: 404, body: { message: 'Not Found' } });
      const run = await runContainment(p, { ruleId, secret: secretOf(c) }, ctx, { retries: 0, firstPauseMs: 0 });
      // A webhook that no longer exists, or an authorization already deleted, is revoked; elsewhere
      // a 404 says nothing about the credential, so a person is asked to check.
      const gone = id === 'discord' || id === 'heroku';
      expect(run.steps[0]!.result.outcome).toBe(gone ? 'done' : 'task');
    },
  );

  it.each(CASES.map((c) => [c.provider, c.ruleId, c] as const))(
    '%s retries the revocation of %s when the call times out',
    async (id, _rule, c) => {
      const p = providerById(id)!;
      const { ctx } = standIn(c, 'timeout');
      const run = await runContainment(p, { ruleId: c.ruleId, secret: secretOf(c) }, ctx, {
        retries: 0,
        firstPauseMs: 0,
      });
      expect(run.outcome).toBe('unconfirmed');
      expect(run.steps[0]!.result).toMatchObject({ outcome: 'retry', detail: expect.stringMatching(/did not answer/) });
    },
  );

  it('gives a person the task, with the reason, where a provider cannot revoke the credential', async () => {
    const p = providerById('openai')!;
    const { ctx, sent } = standIn(CASES[0]!);
    const run = await runContainment(p, { ruleId: 'openai-api-key', secret: 'sk-x' }, ctx, {
      retries: 0,
      firstPauseMs: 0,
    });
    expect(run.outcome).toBe('task');
    expect(run.steps[0]!.result.detail).toContain('platform.openai.com/api-keys');
    expect(sent).toEqual([]);
  });

  it('tells a person how to roll a Stripe webhook signing secret, which no API revokes', async () => {
    const { ctx, sent } = standIn(CASES[0]!);
    const run = await runContainment(
      providerById('stripe')!,
      { ruleId: 'stripe-webhook-secret', secret: 'whsec_x' },
      ctx,
      {
        retries: 0,
        firstPauseMs: 0,
      },
    );
    expect(run.outcome).toBe('task');
    expect(run.steps[0]!.result.detail).toContain('Developers → Webhooks');
    expect(sent).toEqual([]);
  });
});
