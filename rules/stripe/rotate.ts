// Stripe rotation, only through the app-managed roll (LEAKHOUND_STRIPE_APP_MANAGED_ROLL with a
// Stripe App key holding `api_key_write`): the leaked key is found among the account's keys as
// the roll finds it, rotated with POST /v2/iam/api_keys/{id}/rotate (the current key expires at
// once), and the new secret comes back encrypted to a one-off RSA key (jwe.ts); a test-mode key
// may come back in the clear. The owner a rotation map entry matches is `<live|test>/<key name>`
// (the name the key has in the dashboard), e.g. match = "live/payments-*". A guided roll is done
// by a person in the dashboard, so leakhound never sees the new key: rotation stays a task.
// Checked against a stand-in built from Stripe's SDK types (v2.iam.api_key), not a live account.
// Docs: https://docs.stripe.com/api/v2/iam/api-keys, https://docs.stripe.com/keys#rolling-keys
import { randomBytes } from 'node:crypto';
import { call, field, type HttpAnswer, unreachable } from '../provider-http.js';
import type { Credential, ProviderContext } from '../provider.js';
import type { RotationStepResult, TokenRotation } from '../rotation.js';
import { type ApiKeyEntry, appHeaders, findThroughApp, NO_APP_KEY } from './app-roll.js';
import { decryptJwe, recipientKey } from './jwe.js';
import { stripe, verifyStripeKey } from './provider.js';

const MANUAL =
  'roll the key in the Stripe dashboard (Developers → API keys → ⋯ → Roll key…) and write the new key where the services read it';
const task = (detail: string): RotationStepResult => ({ outcome: 'task', detail });

const ownerOf = (k: Pick<ApiKeyEntry, 'livemode' | 'name'>): string | undefined =>
  k.name && /^[\w .@+-]{1,255}$/.test(k.name) ? `${k.livemode ? 'live' : 'test'}/${k.name}` : undefined;

function answer(a: HttpAnswer, what: string): RotationStepResult {
  if (a.status === 401 || a.status === 403)
    return task(`the Stripe App key may not ${what} (HTTP ${a.status}); it needs api_key_write. ${MANUAL}`);
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Stripe answered HTTP ${a.status}` };
  return task(`Stripe answered HTTP ${a.status} to ${what}; ${MANUAL}`);
}

async function found(c: Credential, ctx: ProviderContext): Promise<ApiKeyEntry | RotationStepResult> {
  if (ctx.options?.['stripe.appManagedRoll'] !== true) {
    return task(
      `Stripe keys are rolled by a person here (guided roll; LEAKHOUND_STRIPE_APP_MANAGED_ROLL is off), so leakhound never sees the new key and cannot write it: ${MANUAL}`,
    );
  }
  return findThroughApp(c, ctx);
}

export const stripeRotation: TokenRotation = {
  manual: MANUAL,
  async owner(c, ctx) {
    const k = await found(c, ctx);
    if ('outcome' in k) return k;
    const owner = ownerOf(k);
    return owner ? { owner } : task(`API key ${k.id} has no name leakhound can match; ${MANUAL}`);
  },
  async rotate(c, ctx) {
    const k = await found(c, ctx);
    if ('outcome' in k) return k;
    if (k.status === 'expired') return task(`API key ${k.id} is already expired and no replacement is held; ${MANUAL}`);
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    const recipient = recipientKey();
    const keyId = `leakhound-${randomBytes(6).toString('hex')}`;
    let a: HttpAnswer;
    try {
      a = await call(stripe, ctx, {
        method: 'POST',
        path: `/v2/iam/api_keys/${encodeURIComponent(k.id)}/rotate`,
        headers,
        body: { public_key: { id: keyId, pem_key: { algorithm: 'rsa', data: recipient.publicPem } } },
      });
    } catch (err) {
      return { outcome: 'retry', detail: unreachable(err).reason };
    }
    if (a.status !== 200) return answer(a, 'rotate API keys');
    const id = field(a.body, 'id');
    let secret = field(a.body, 'secret_key', 'token');
    const sealed = field(a.body, 'secret_key', 'encrypted_secret', 'ciphertext');
    if (!secret && sealed) {
      try {
        secret = decryptJwe(sealed, recipient.privateKey);
      } catch (err) {
        return task(
          `Stripe rotated API key ${k.id}, but its new secret could not be decrypted (${(err as Error).message}); ${MANUAL}`,
        );
      }
    }
    if (!id || !/^[\w-]{1,255}$/.test(id) || !secret || !/^[rs]k_(?:live|test)_\w+$/.test(secret)) {
      return task(`Stripe rotated API key ${k.id} but answered no usable new key; ${MANUAL}`);
    }
    return {
      replacement: { id, secret },
      shown: `API key ${id}`,
      detail: `rotated API key ${k.id} through the Stripe App; its secret expired, API key ${id} replaces it`,
    };
  },
  async verify(r, ctx) {
    const v = await verifyStripeKey({ ruleId: 'stripe-secret-key', secret: r.secret }, ctx);
    if (v.state !== 'live')
      return { outcome: 'retry', detail: `the replacement does not authenticate yet: ${v.reason}` };
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    let a: HttpAnswer;
    try {
      a = await call(stripe, ctx, { path: `/v2/iam/api_keys/${encodeURIComponent(r.id)}`, headers });
    } catch (err) {
      return { outcome: 'retry', detail: unreachable(err).reason };
    }
    if (a.status !== 200) return answer(a, 'read API keys');
    const owner = ownerOf(a.body as ApiKeyEntry);
    if (!owner) return task(`API key ${r.id} has no name leakhound can match; ${MANUAL}`);
    return { owner, detail: v.reason };
  },
  async revoke(r, ctx) {
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    try {
      const a = await call(stripe, ctx, {
        method: 'POST',
        path: `/v2/iam/api_keys/${encodeURIComponent(r.id)}/expire`,
        headers,
        body: {},
      });
      return a.status === 200 ? { outcome: 'done', detail: `API key ${r.id} expired` } : answer(a, 'expire API keys');
    } catch (err) {
      return { outcome: 'retry', detail: unreachable(err).reason };
    }
  },
};
