// Stripe: verify with a read-only call through the official SDK (GET /v1/balance), pointed at
// LEAKHOUND_STRIPE_API_URL when set. Stripe has no public API to revoke a standard key, so
// containment is a guided roll: a person rolls the key in the dashboard, and leakhound keeps
// re-verifying until Stripe answers 401, which closes the step without anyone reporting back.
// With a Stripe App holding `api_key_write` (option `stripe.appManagedRoll`), the key is
// expired through the v2 API keys endpoints instead (app-roll.ts).
// Docs: https://docs.stripe.com/api/balance/balance_retrieve, https://docs.stripe.com/keys,
//       https://docs.stripe.com/error-codes#api-key-expired, https://docs.stripe.com/api/v2/iam/api-keys
import type Stripe from 'stripe';
import { apiBase, ProviderConfigError } from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';
import { expireThroughApp } from './app-roll.js';

const isTest = (secret: string) => /^[sr]k_test_/.test(secret);

export function dashboardLink(secret: string): string {
  return isTest(secret) ? 'https://dashboard.stripe.com/test/apikeys' : 'https://dashboard.stripe.com/apikeys';
}

/** An SDK client for the leaked key, reaching Stripe (or the override) through the injected fetch. */
async function client(secret: string, ctx: ProviderContext): Promise<Stripe> {
  const { default: StripeSdk } = await import('stripe');
  const base = new URL(apiBase(stripe, ctx));
  return new StripeSdk(secret, {
    host: base.hostname,
    port: base.port ? Number(base.port) : base.protocol === 'https:' ? 443 : 80,
    protocol: base.protocol === 'https:' ? 'https' : 'http',
    httpClient: StripeSdk.createFetchHttpClient(ctx.fetch as typeof fetch),
    timeout: ctx.timeoutMs,
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

/** Permission names Stripe's 403 message cites (e.g. `rak_balance_read`), never the redacted key it also quotes. */
function citedPermissions(message: string): string[] {
  return [...new Set([...message.matchAll(/'(rak_[a-z_]+)'/g)].map((m) => m[1]!))];
}

export async function verifyStripeKey(credential: Credential, ctx: ProviderContext): Promise<Verification> {
  let sdk: Stripe;
  try {
    sdk = await client(credential.secret, ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: 'unknown', reason: err.message };
    throw err;
  }
  await ctx.throttle?.(stripe.id);
  try {
    const balance = await sdk.balance.retrieve();
    // The SDK resolves any answer without an `error` object, whatever its status.
    const status = balance.lastResponse?.statusCode;
    if (balance.object !== 'balance' || status !== 200) {
      return { state: 'unknown', reason: `Stripe answered an unexpected HTTP ${status ?? '?'}` };
    }
    const mode = balance.livemode ? 'live mode' : 'test mode';
    return { state: 'live', reason: `Stripe accepts the key (${mode}; it can read the balance)` };
  } catch (err) {
    const e = err as { type?: string; statusCode?: number; code?: string; message?: string };
    if (e.type === 'StripeAuthenticationError' || e.statusCode === 401) {
      const why = e.code === 'api_key_expired' ? 'the key has expired (api_key_expired)' : 'invalid API key';
      return { state: 'invalid', reason: `Stripe rejected the key (HTTP 401: ${why})` };
    }
    if (e.type === 'StripePermissionError' || e.statusCode === 403) {
      const cited = citedPermissions(e.message ?? '');
      return {
        state: 'live',
        reason: `Stripe accepts the key, but it is restricted and may not read the balance${cited.length ? ` (needs ${cited.join(', ')})` : ''}`,
        ...(cited.length ? { permissions: cited.map((p) => `lacks ${p}`) } : {}),
      };
    }
    if (e.type === 'StripeRateLimitError' || e.statusCode === 429)
      return { state: 'unknown', reason: 'rate limited by Stripe' };
    if (e.type === 'StripeConnectionError')
      return { state: 'unknown', reason: 'could not reach Stripe (connection error or timeout)' };
    if (typeof e.statusCode === 'number')
      return { state: 'unknown', reason: `Stripe answered an unexpected HTTP ${e.statusCode}` };
    return { state: 'unknown', reason: `Stripe call failed (${e.type ?? 'error'})` };
  }
}

async function roll(credential: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (ctx.options?.['stripe.appManagedRoll'] === true) {
    const r = await expireThroughApp(credential, ctx);
    if (r.outcome !== 'task') return r;
    return { outcome: 'task', detail: `${r.detail}. ${guidedRoll(credential.secret)}` };
  }
  return { outcome: 'task', detail: guidedRoll(credential.secret) };
}

function guidedRoll(secret: string): string {
  const kind = secret.startsWith('rk_') ? 'restricted key' : 'secret key';
  return (
    `Roll the leaked ${kind} at ${dashboardLink(secret)} (⋯ → Roll key…, expiration "now"), then deploy the new key ` +
    'where services read it. leakhound re-verifies the leaked key every minute and marks the revocation verified ' +
    'itself as soon as Stripe rejects it'
  );
}

/** Done once Stripe rejects the key; `retry` (with backoff in the responder) while it still works. */
async function confirmRevoked(credential: Credential, ctx: ProviderContext): Promise<StepResult> {
  const v = await verifyStripeKey(credential, ctx);
  if (v.state === 'invalid') return { outcome: 'done', detail: `revocation verified: ${v.reason}` };
  if (v.state === 'live') return { outcome: 'retry', detail: 'the leaked key still works; waiting for the roll' };
  return { outcome: 'retry', detail: `could not tell yet: ${v.reason}` };
}

export const stripe: Provider = {
  id: 'stripe',
  name: 'Stripe',
  rules: ['stripe-secret-key', 'stripe-restricted-key', 'stripe-test-key', 'stripe-webhook-secret'],
  githubSecretTypes: [
    'stripe_api_key',
    'stripe_test_secret_key',
    'stripe_live_restricted_key',
    'stripe_test_restricted_key',
    'stripe_webhook_signing_secret',
  ],
  apiUrl: 'https://api.stripe.com',
  docs: [
    'https://docs.stripe.com/api/balance/balance_retrieve',
    'https://docs.stripe.com/keys#rolling-keys',
    'https://docs.stripe.com/api/v2/iam/api-keys',
  ],
  ratePerMinute: 600,
  unverifiable: {
    'stripe-webhook-secret':
      'a webhook signing secret only signs events; Stripe has no API that accepts it. Roll it in Developers → Webhooks',
  },
  verify: verifyStripeKey,
  containment: [
    {
      id: 'roll',
      title: 'Roll the key in the Stripe dashboard (guided; app-managed expiry when enabled)',
      run: roll,
      provenByRevocation: true,
    },
    {
      id: 'confirm-revoked',
      title: 'Re-verify until Stripe rejects the leaked key (401)',
      run: confirmRevoked,
      readOnly: true,
    },
  ],
  revokes: ['stripe-secret-key', 'stripe-restricted-key', 'stripe-test-key'],
  manualRevocation: 'roll the key in the Stripe dashboard: Developers → API keys → ⋯ → Roll key…',
  manualRevocationByRule: {
    'stripe-webhook-secret':
      'roll the signing secret in the Stripe dashboard: Developers → Webhooks → the endpoint → Roll secret, then deploy the new one',
  },
  permissions:
    'verify: none (the leaked key itself, read-only GET /v1/balance). Guided roll: a dashboard user with the Administrator or Developer role. App-managed roll: a Stripe App installed on the account with the `api_key_write` permission, its key in LEAKHOUND_STRIPE_APP_KEY; rotation into a store (a rotation map entry) only through the app-managed roll',
  rotates: true,
};
