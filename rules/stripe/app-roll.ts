// The app-managed roll: where the account has installed a Stripe App with `api_key_write`,
// the leaked key is found among the account's keys (v2 API keys list, matched on the redacted
// token Stripe shows and on the mode) and expired at once. The app's own key
// (LEAKHOUND_STRIPE_APP_KEY) authenticates; the leaked key is never sent anywhere here.
// Docs: https://docs.stripe.com/api/v2/iam/api-keys/list, https://docs.stripe.com/api/v2/iam/api-keys/expire
import { call, field, type HttpAnswer, unreachable } from '../provider-http.js';
import type { Credential, ProviderContext, StepResult } from '../provider.js';
import { stripe } from './provider.js';

const API_VERSION = '2025-09-30.preview';

export interface ApiKeyEntry {
  id: string;
  name?: string;
  livemode?: boolean;
  status?: string;
  secret_key?: { redacted_token?: string };
}

export const NO_APP_KEY: StepResult = {
  outcome: 'task',
  detail: 'app-managed roll is on but LEAKHOUND_STRIPE_APP_KEY is not set',
};

/** The Stripe App's headers, or undefined without an app key (NO_APP_KEY says so). */
export function appHeaders(ctx: ProviderContext): Record<string, string> | undefined {
  const appKey = ctx.env.LEAKHOUND_STRIPE_APP_KEY;
  return appKey ? { authorization: `Bearer ${appKey}`, 'stripe-version': API_VERSION } : undefined;
}

/** `sk_live_…abcd` matches when Stripe's redacted token keeps the prefix and the last four. */
export function matchesRedacted(secret: string, redacted: string | undefined): boolean {
  if (!redacted) return false;
  const prefix = secret.slice(0, secret.indexOf('_', 3) + 1);
  const tail = redacted.replace(/^.*[^A-Za-z0-9]/, '');
  return redacted.startsWith(prefix) && tail.length >= 4 && secret.endsWith(tail);
}

/** The leaked key among the account's API keys (the app lists them), or why not. */
export async function findThroughApp(credential: Credential, ctx: ProviderContext): Promise<ApiKeyEntry | StepResult> {
  const headers = appHeaders(ctx);
  if (!headers) return NO_APP_KEY;
  const live = !/^[sr]k_test_/.test(credential.secret);
  let found: ApiKeyEntry | undefined;
  let page: string | undefined = '/v2/iam/api_keys?limit=100';
  try {
    for (let pages = 0; page && pages < 20 && !found; pages++) {
      const a: HttpAnswer = await call(stripe, ctx, { path: page, headers });
      if (a.status === 401 || a.status === 403) {
        return {
          outcome: 'task',
          detail: `the Stripe App key may not list API keys (HTTP ${a.status}); it needs api_key_write`,
        };
      }
      if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Stripe answered HTTP ${a.status}` };
      if (a.status !== 200) return { outcome: 'task', detail: `listing API keys answered HTTP ${a.status}` };
      const data = (a.body as { data?: ApiKeyEntry[] })?.data ?? [];
      found = data.find((k) => k.livemode === live && matchesRedacted(credential.secret, k.secret_key?.redacted_token));
      const next = field(a.body, 'next_page_url');
      page = next?.startsWith('/v2/iam/api_keys') ? next : undefined;
    }
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (!found)
    return { outcome: 'task', detail: "the Stripe App cannot see the leaked key among the account's API keys" };
  return found;
}

export async function expireThroughApp(credential: Credential, ctx: ProviderContext): Promise<StepResult> {
  const headers = appHeaders(ctx);
  if (!headers) return NO_APP_KEY;
  const found = await findThroughApp(credential, ctx);
  if ('outcome' in found) return found;
  if (found.status === 'expired') return { outcome: 'done', detail: `API key ${found.id} is already expired` };
  try {
    const a = await call(stripe, ctx, {
      method: 'POST',
      path: `/v2/iam/api_keys/${encodeURIComponent(found.id)}/expire`,
      headers,
      body: {},
    });
    if (a.status === 200) return { outcome: 'done', detail: `expired API key ${found.id} through the Stripe App` };
    if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Stripe answered HTTP ${a.status}` };
    return { outcome: 'task', detail: `expiring API key ${found.id} answered HTTP ${a.status}` };
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
}
