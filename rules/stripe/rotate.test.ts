// Stripe rotation through the app-managed roll, against a v2 API keys stand-in: the new secret
// comes back encrypted to our one-off key and is decrypted; the guided roll stays a task.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeV2StandIn, startStripeV2StandIn } from '../../test/helpers/stripe-v2-standin.js';
import type { ProviderContext } from '../provider.js';
import { stripeRotation } from './rotate.js';

describe('Stripe rotation (app-managed roll)', () => {
  let st: StripeV2StandIn;
  const ctx = (options: ProviderContext['options'] = { 'stripe.appManagedRoll': true }): ProviderContext => ({
    fetch,
    env: { LEAKHOUND_STRIPE_API_URL: st.url, LEAKHOUND_STRIPE_APP_KEY: st.appKey },
    timeoutMs: 5000,
    options,
  });
  beforeAll(async () => {
    st = await startStripeV2StandIn();
  });
  afterAll(async () => st?.close());
  const key = (secret: string) => ({ ruleId: 'stripe-secret-key', secret });

  it('names the owner <live|test>/<key name>', async () => {
    expect(await stripeRotation.owner(key(st.issue('payments-api').secret), ctx())).toEqual({
      owner: 'live/payments-api',
    });
    expect(await stripeRotation.owner(key(st.issue('checkout', false).secret), ctx())).toEqual({
      owner: 'test/checkout',
    });
  });

  it('rotates a live key: the secret is decrypted from the JWE, verified, and never in a detail', async () => {
    const leaked = st.issue('payments-api');
    const r = await stripeRotation.rotate(key(leaked.secret), ctx());
    if ('outcome' in r) throw new Error(r.detail);
    expect(st.keys.get(leaked.id)!.status).toBe('expired');
    const fresh = st.keys.get(r.replacement.id)!;
    expect(r.replacement.secret).toBe(fresh.secret);
    expect(r.detail).not.toContain(fresh.secret);
    const rotateCall = st.requests.find((q) => q.path === `/v2/iam/api_keys/${leaked.id}/rotate`)!;
    expect(rotateCall.body).toContain('BEGIN PUBLIC KEY');
    expect(JSON.stringify(st.requests)).not.toContain(leaked.secret);
    expect(await stripeRotation.verify(r.replacement, ctx())).toMatchObject({ owner: 'live/payments-api' });
    expect((await stripeRotation.revoke(r.replacement, ctx())).outcome).toBe('done');
    expect(st.keys.get(r.replacement.id)!.status).toBe('expired');
  });

  it('keeps the guided roll a task that says leakhound never sees the new key', async () => {
    const r = await stripeRotation.owner(key(st.issue('manual').secret), ctx({}));
    expect(r).toMatchObject({
      outcome: 'task',
      detail: expect.stringMatching(
        /rolled by a person here \(guided roll; LEAKHOUND_STRIPE_APP_MANAGED_ROLL is off\)/,
      ),
    });
  });
});
