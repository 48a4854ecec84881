import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContainment } from '../../scanner/verify/run-containment.js';
import { fakeFetch } from '../../test/helpers/fake-fetch.js';
import { startStandIn, type StandIn } from '../../test/helpers/http-standin.js';
import {
  STRIPE_MOCK_MISSING,
  startStripeMock,
  stripeMockPath,
  type StripeMock,
} from '../../test/helpers/stripe-mock.js';
import { ALNUM, join, rand } from '../fixture-kit.js';
import type { ProviderContext } from '../provider.js';
import { matchesRedacted } from './app-roll.js';
import { stripe } from './provider.js';

const testKey = () => join('sk_test_', '51', rand(ALNUM, 97));
const liveKey = () => join('sk_live_', '51', rand(ALNUM, 97));
const ctx = (env: Record<string, string>, options: ProviderContext['options'] = {}): ProviderContext => ({
  fetch: (u, i) => fetch(u, i),
  env,
  timeoutMs: 5000,
  options,
});

const bin = stripeMockPath();
describe.skipIf(!bin)(`Stripe against stripe-mock${bin ? '' : ` (skipped: ${STRIPE_MOCK_MISSING})`}`, () => {
  let mock: StripeMock;
  beforeAll(async () => {
    mock = await startStripeMock(bin!);
  }, 40_000);
  afterAll(async () => mock?.stop());

  it('verifies a test-mode secret key as live through the SDK', async () => {
    const v = await stripe.verify!(
      { ruleId: 'stripe-test-key', secret: testKey() },
      ctx({ LEAKHOUND_STRIPE_API_URL: mock.url }),
    );
    expect(v).toMatchObject({ state: 'live' });
    expect(v.reason).toContain('test mode');
  });

  it.each([
    ['a live-mode key', liveKey()],
    ['a malformed key', join('sk_test', '-', rand(ALNUM, 20))],
  ])('answers invalid for %s, as stripe-mock refuses it', async (_what, secret) => {
    const v = await stripe.verify!(
      { ruleId: 'stripe-secret-key', secret },
      ctx({ LEAKHOUND_STRIPE_API_URL: mock.url }),
    );
    expect(v.state).toBe('invalid');
    expect(v.reason).toContain('401');
    expect(v.reason).not.toContain(secret);
  });
});

describe('Stripe guided roll', () => {
  let server: StandIn;
  let calls = 0;
  const rejectAfter = 2;
  beforeAll(async () => {
    // Behaves as Stripe documents: the balance for a working key, then 401 api_key_expired once rolled.
    server = await startStandIn([
      [
        'GET',
        /^\/v1\/balance$/,
        () =>
          ++calls > rejectAfter
            ? {
                status: 401,
                json: {
                  error: {
                    type: 'invalid_request_error',
                    code: 'api_key_expired',
                    message: 'Expired API Key provided: sk_live_***',
                  },
                },
              }
            : { json: { object: 'balance', livemode: true, available: [], pending: [] } },
      ],
    ]);
  });
  afterAll(async () => server?.close());

  it('hands the roll to a person with a deep link to the right dashboard page', async () => {
    const live = await stripe.containment[0]!.run({ ruleId: 'stripe-secret-key', secret: liveKey() }, ctx({}));
    expect(live).toMatchObject({ outcome: 'task' });
    expect(live.detail).toContain('https://dashboard.stripe.com/apikeys');
    const test = await stripe.containment[0]!.run({ ruleId: 'stripe-test-key', secret: testKey() }, ctx({}));
    expect(test.detail).toContain('https://dashboard.stripe.com/test/apikeys');
  });

  it('keeps re-verifying while the key works and marks the revocation verified itself on 401', async () => {
    const secret = liveKey();
    const c = ctx({ LEAKHOUND_STRIPE_API_URL: server.url });
    const confirm = stripe.containment.at(-1)!;
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await confirm.run({ ruleId: 'stripe-secret-key', secret }, c));
    expect(seen.map((r) => r.outcome)).toEqual(['retry', 'retry', 'done', 'done']);
    expect(seen[2]!.detail).toMatch(/^revocation verified: .*api_key_expired/);
    for (const r of server.requests) expect(r.headers.authorization).toBe(`Bearer ${secret}`);
    for (const r of seen) expect(r.detail).not.toContain(secret);
  });

  it('records which permission a restricted key lacks when Stripe says so (403 = live)', async () => {
    const secret = join('rk_live_', '51', rand(ALNUM, 97));
    const f = fakeFetch(() => ({
      status: 403,
      body: {
        error: {
          type: 'invalid_request_error',
          message: `The provided key '${secret.slice(0, 12)}***' does not have the required permissions for this endpoint on account 'acct_1'. Having the 'rak_balance_read' permission would allow this request to continue.`,
        },
      },
    }));
    const v = await stripe.verify!(
      { ruleId: 'stripe-restricted-key', secret },
      { fetch: f.fetch, env: {}, timeoutMs: 1000 },
    );
    expect(v).toMatchObject({ state: 'live', permissions: ['lacks rak_balance_read'] });
    expect(v.reason).not.toContain(secret.slice(0, 12));
  });
});

describe('Stripe app-managed roll (v2 API keys)', () => {
  let server: StandIn;
  const secret = liveKey();
  let expired = false;
  beforeAll(async () => {
    server = await startStandIn([
      [
        'GET',
        /^\/v2\/iam\/api_keys$/,
        (req) =>
          req.headers.authorization !== 'Bearer app_key_for_tests'
            ? { status: 401, json: { error: { type: 'invalid_request_error' } } }
            : {
                json: {
                  data: [
                    {
                      id: 'apikey_other',
                      livemode: true,
                      status: 'active',
                      secret_key: { redacted_token: 'sk_live_...zzzz' },
                    },
                    {
                      id: 'apikey_leaked',
                      livemode: true,
                      status: expired ? 'expired' : 'active',
                      secret_key: { redacted_token: `sk_live_...${secret.slice(-4)}` },
                    },
                  ],
                  next_page_url: null,
                },
              },
      ],
      [
        'POST',
        /^\/v2\/iam\/api_keys\/([\w-]+)\/expire$/,
        (_req, [id]) => {
          if (id !== 'apikey_leaked') return { status: 404, json: { error: { type: 'not_found' } } };
          expired = true;
          return { json: { id, status: 'expired' } };
        },
      ],
    ]);
  });
  afterAll(async () => server?.close());

  it('matches the leaked key on the redacted token Stripe shows', () => {
    expect(matchesRedacted(secret, `sk_live_...${secret.slice(-4)}`)).toBe(true);
    expect(matchesRedacted(secret, 'sk_test_...abcd')).toBe(false);
    expect(matchesRedacted(secret, undefined)).toBe(false);
  });

  it('expires the leaked key with the app key, never sending the leaked key', async () => {
    const c = ctx(
      { LEAKHOUND_STRIPE_API_URL: server.url, LEAKHOUND_STRIPE_APP_KEY: 'app_key_for_tests' },
      { 'stripe.appManagedRoll': true },
    );
    const r = await stripe.containment[0]!.run({ ruleId: 'stripe-secret-key', secret }, c);
    expect(r).toMatchObject({ outcome: 'done' });
    expect(r.detail).toContain('apikey_leaked');
    expect(server.requests.some((q) => q.method === 'POST' && q.path === '/v2/iam/api_keys/apikey_leaked/expire')).toBe(
      true,
    );
    expect(JSON.stringify(server.requests)).not.toContain(secret);
  });

  it('falls back to the guided roll when the app may not list keys', async () => {
    const c = ctx(
      { LEAKHOUND_STRIPE_API_URL: server.url, LEAKHOUND_STRIPE_APP_KEY: 'wrong' },
      { 'stripe.appManagedRoll': true },
    );
    const r = await stripe.containment[0]!.run({ ruleId: 'stripe-secret-key', secret }, c);
    expect(r.outcome).toBe('task');
    expect(r.detail).toContain('api_key_write');
    expect(r.detail).toContain('dashboard.stripe.com/apikeys');
  });

  it('reports a guided roll when the switch is off, even with an app key', async () => {
    const c = ctx({ LEAKHOUND_STRIPE_API_URL: server.url, LEAKHOUND_STRIPE_APP_KEY: 'app_key_for_tests' });
    const run = await runContainment(stripe, { ruleId: 'stripe-secret-key', secret }, c, {
      retries: 0,
      firstPauseMs: 0,
    });
    expect(run.outcome).toBe('task');
  });
});
