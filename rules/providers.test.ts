// One table runs every provider's verifier through the same answers (live, invalid, timeout,
// network failure, rate limit, unexpected status, not found) with an injected fetch, and checks
// where each secret was sent: only to its provider's own host, or to the documented override.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, fakeFetch, type SentRequest } from '../test/helpers/fake-fetch.js';
import { seed } from './fixture-kit.js';
import { allFixtures } from './fixtures.js';
import type { Provider, ProviderContext } from './provider.js';
import { overrideVariable } from './provider-http.js';
import { PROVIDERS, verifiableRules } from './providers.js';
import type { RuleFixtures } from './types.js';

const fixtures: RuleFixtures = {};
beforeAll(() => {
  seed(20261206);
  for (const f of allFixtures) Object.assign(fixtures, f());
});

/** What each provider answers for a working credential, as its API documents. */
const LIVE: Record<string, (req: SentRequest) => Answer> = {
  stripe: () => ({ status: 200, body: { object: 'balance', livemode: false, available: [], pending: [] } }),
  github: (r) =>
    r.url.includes('/installation/')
      ? { status: 200, body: { total_count: 2, repositories: [] } }
      : { status: 200, body: { login: 'octocat' }, headers: { 'x-oauth-scopes': 'repo, gist' } },
  slack: (r) =>
    r.url.includes('hooks') || r.url.includes('/services/')
      ? { status: 400, body: 'invalid_payload' }
      : {
          status: 200,
          body: { ok: true, team: 'Acme', user: 'deploy-bot' },
          headers: { 'x-oauth-scopes': 'chat:write, channels:history,<bad>' },
        },
  gitlab: () => ({ status: 200, body: { name: 'ci', scopes: ['api'], active: true, revoked: false } }),
  cloudflare: () => ({ status: 200, body: { success: true, result: { id: 'a'.repeat(32), status: 'active' } } }),
  sendgrid: () => ({ status: 200, body: { scopes: ['mail.send', 'api_keys.delete'] } }),
  discord: () => ({ status: 200, body: { username: 'deploy-bot', name: 'alerts' } }),
  telegram: () => ({ status: 200, body: { ok: true, result: { username: 'deploy_bot' } } }),
  newrelic: () => ({ status: 200, body: { data: { actor: { user: { id: 1 } } } } }),
  linear: () => ({ status: 200, body: { data: { viewer: { id: 'u1' } } } }),
};
const live = (p: Provider) => LIVE[p.id] ?? (() => ({ status: 200, body: {} }));

/** How each provider rejects a bad credential; 401 unless listed. */
const INVALID: Record<string, (req: SentRequest) => Answer> = {
  slack: (r) =>
    r.url.includes('/services/')
      ? { status: 403, body: 'invalid_token' }
      : { status: 200, body: { ok: false, error: 'invalid_auth' } },
  stripe: () => ({
    status: 401,
    body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
  }),
};
const invalid = (p: Provider) => INVALID[p.id] ?? (() => ({ status: 401, body: { message: 'Unauthorized' } }));

/** Where a 404 means the credential (a webhook, a bot) no longer exists. */
const NOT_FOUND_IS_INVALID = new Set([
  'discord-bot-token',
  'discord-webhook-url',
  'telegram-bot-token',
  'slack-webhook-url',
]);

/** Secrets that can be verified at all without using them up. */
const USABLE: Record<string, (s: string) => boolean> = { 'tailscale-key': (s) => s.startsWith('tskey-api-') };

/** Hosts a provider's secrets may go to besides its API origin. */
const EXTRA_HOSTS: Record<string, RegExp> = { slack: /^hooks\.slack\.com$/, mailchimp: /^us\d+\.api\.mailchimp\.com$/ };

function secretFor(ruleId: string): string {
  const tps = fixtures[ruleId]?.truePositives ?? [];
  const s = tps.map((t) => t.secret!).find((x) => x && (USABLE[ruleId]?.(x) ?? true));
  if (!s) throw new Error(`no usable true positive for ${ruleId}`);
  return s;
}

// AWS signs with the SDK and is tested against moto (rules/aws); everything else is HTTP here.
const cases = PROVIDERS.filter((p) => p.id !== 'aws').flatMap((p) =>
  verifiableRules(p).map((ruleId) => [p.id, ruleId, p] as const),
);

function ctxWith(handler: Parameters<typeof fakeFetch>[0], env: Record<string, string> = {}) {
  const f = fakeFetch(handler);
  const ctx: ProviderContext = { fetch: f.fetch, env, timeoutMs: 1000 };
  return { ctx, sent: f.sent };
}

function expectOwnHost(p: Provider, sent: SentRequest[]): void {
  const own = new URL(p.apiUrl).host;
  for (const r of sent) {
    const host = new URL(r.url).host;
    expect(host === own || EXTRA_HOSTS[p.id]?.test(host), `${p.id} sent to ${host}`).toBe(true);
  }
}

describe('provider verification', () => {
  it('covers at least 40 credential types across at least 12 providers', () => {
    expect(cases.length + 1).toBeGreaterThanOrEqual(40); // + aws-access-key-id
    expect(new Set(cases.map(([id]) => id)).size + 1).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s answers live for a working %s, sending it only to its own host', async (_id, ruleId, p) => {
    const secret = secretFor(ruleId);
    const { ctx, sent } = ctxWith(live(p));
    const v = await p.verify!({ ruleId, secret }, ctx);
    expect(v.state, v.reason).toBe('live');
    expect(v.reason).not.toContain(secret);
    expect(sent.length).toBeGreaterThan(0);
    expectOwnHost(p, sent);
    // What an attacker could do with it: the scopes the provider names, where it names them.
    if (p.id === 'github' && !/server-to-server|installation/.test(ruleId))
      expect(v.permissions).toEqual(['repo', 'gist']);
    if (p.id === 'slack' && !ruleId.includes('webhook'))
      expect(v.permissions).toEqual(['chat:write', 'channels:history']);
  });

  it.each(cases)('%s answers invalid for a rejected (revoked) %s', async (_id, ruleId, p) => {
    const secret = secretFor(ruleId);
    const { ctx } = ctxWith(invalid(p));
    const v = await p.verify!({ ruleId, secret }, ctx);
    expect(v.state, v.reason).toBe('invalid');
    expect(v.reason).not.toContain(secret);
  });

  it.each(cases)('%s answers unknown when the call for %s times out or fails', async (_id, ruleId, p) => {
    const secret = secretFor(ruleId);
    for (const outcome of ['timeout', 'network'] as const) {
      const v = await p.verify!({ ruleId, secret }, ctxWith(() => outcome).ctx);
      expect(v.state).toBe('unknown');
      expect(v.reason).not.toContain(secret);
    }
  });

  it.each(cases)('%s answers unknown, saying so, when rate limited on %s', async (_id, ruleId, p) => {
    const { ctx } = ctxWith(() => ({ status: 429, body: { error: 'ratelimited' }, headers: { 'retry-after': '30' } }));
    const v = await p.verify!({ ruleId, secret: secretFor(ruleId) }, ctx);
    expect(v.state).toBe('unknown');
    expect(v.reason).toMatch(/rate limit/i);
  });

  it.each(cases)('%s answers unknown for an unexpected status on %s', async (_id, ruleId, p) => {
    const { ctx } = ctxWith(() => ({ status: 418, body: { message: 'teapot' } }));
    const v = await p.verify!({ ruleId, secret: secretFor(ruleId) }, ctx);
    expect(v.state).toBe('unknown');
    expect(v.reason).toMatch(/418/);
  });

  it.each(cases)('%s treats not found on %s as documented', async (_id, ruleId, p) => {
    const { ctx } = ctxWith(() => ({ status: 404, body: { message: 'Not Found' } }));
    const v = await p.verify!({ ruleId, secret: secretFor(ruleId) }, ctx);
    expect(v.state).toBe(NOT_FOUND_IS_INVALID.has(ruleId) ? 'invalid' : 'unknown');
  });

  it.each(cases)('%s sends %s to LEAKHOUND_<PROVIDER>_API_URL instead when it is set', async (_id, ruleId, p) => {
    const { ctx, sent } = ctxWith(live(p), { [overrideVariable(p.id)]: 'http://127.0.0.1:4010/base' });
    const v = await p.verify!({ ruleId, secret: secretFor(ruleId) }, ctx);
    expect(v.state, v.reason).toBe('live');
    for (const r of sent) expect(new URL(r.url).host).toBe('127.0.0.1:4010');
  });

  it.each(cases)(
    '%s refuses a plain-http override to another machine for %s, sending nothing',
    async (_id, ruleId, p) => {
      const { ctx, sent } = ctxWith(live(p), { [overrideVariable(p.id)]: 'http://api.example.com' });
      const v = await p.verify!({ ruleId, secret: secretFor(ruleId) }, ctx);
      expect(v.state).toBe('unknown');
      expect(v.reason).toContain(overrideVariable(p.id));
      expect(sent).toEqual([]);
    },
  );
});
