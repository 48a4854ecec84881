import { ALNUM, BASE64, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const legacy = join('sk_live_', rand(ALNUM, 24));
  const long = join('sk_live_', '51', rand(ALNUM, 97));
  const restricted = join('rk_live_', '51', rand(ALNUM, 97));
  const restrictedLegacy = join('rk_live_', rand(ALNUM, 24));
  const test = join('sk_test_', '51', rand(ALNUM, 97));
  const rtest = join('rk_test_', rand(ALNUM, 24));
  const whsec = join('whsec_', rand(ALNUM, 32));
  const whsecCli = join('whsec_', rand(HEX, 64));
  const whsecSvix = join('whsec_', rand(BASE64, 32));
  return {
    'stripe-secret-key': {
      truePositives: [
        { text: `STRIPE_SECRET_KEY=${legacy}`, secret: legacy },
        { text: `stripe:\n  secret_key: "${long}"`, secret: long },
        { text: `const stripe = new Stripe('${long}', { apiVersion: '2024-06-20' });`, secret: long },
        { text: `curl https://api.stripe.com/v1/charges -u ${legacy}:`, secret: legacy },
      ],
      falsePositives: [
        { text: join('STRIPE_PUBLISHABLE_KEY=pk_live_', '51', rand(ALNUM, 97)) },
        { text: join('STRIPE_SECRET_KEY=sk_live_', 'A'.repeat(24)) },
        { text: join('sk_live_', rand(ALNUM, 9), ' is too short to be a key') },
        { text: join('xsk_live_', rand(ALNUM, 24)) },
        { text: 'STRIPE_SECRET_KEY=sk_live_<your key>' },
      ],
    },
    'stripe-restricted-key': {
      truePositives: [
        { text: `STRIPE_RESTRICTED_KEY=${restricted}`, secret: restricted },
        { text: `"stripeKey": "${restrictedLegacy}"`, secret: restrictedLegacy },
        { text: `export STRIPE_API_KEY=${restricted}`, secret: restricted },
      ],
      falsePositives: [
        { text: join('rk_live_', 'x'.repeat(24)) },
        { text: join('rk_live_', rand(ALNUM, 23), ' has one character too few') },
        { text: 'STRIPE_RESTRICTED_KEY: ${{ secrets.STRIPE_RESTRICTED_KEY }}' },
      ],
    },
    'stripe-test-key': {
      truePositives: [
        { text: `STRIPE_SECRET_KEY=${test}`, secret: test },
        { text: `Stripe.api_key = "${rtest}"`, secret: rtest },
        { text: `stripe listen --api-key ${test}`, secret: test },
      ],
      falsePositives: [
        { text: join('STRIPE_PUBLISHABLE_KEY=pk_test_', rand(ALNUM, 24)) },
        { text: join('foosk_test_', rand(ALNUM, 24)) },
        { text: join('sk_test_', 'B'.repeat(24)) },
      ],
    },
    'stripe-webhook-secret': {
      truePositives: [
        { text: `STRIPE_WEBHOOK_SECRET=${whsec}`, secret: whsec },
        { text: `endpoint_secret = '${whsecCli}'`, secret: whsecCli },
        { text: `webhooks:\n  signing_secret: "${whsecSvix}"`, secret: whsecSvix },
      ],
      falsePositives: [
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_...' },
        { text: join('STRIPE_WEBHOOK_SECRET=whsec_', 'x'.repeat(32)) },
        { text: join('whsec_', rand(ALNUM, 12), ' (the CLI prints the full secret)') },
      ],
    },
  };
}
