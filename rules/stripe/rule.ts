import type { Rule } from '../types.js';

// Keys are a prefix plus 24 base62 characters (legacy) or up to 247 (current "51…" keys).
// Publishable keys (pk_) are meant to ship in front-end code and are not reported.
const body = '[A-Za-z0-9]{24,247}';
/**
 * Clerk, WorkOS and Highnote secret keys also start `sk_live_`/`sk_test_`; when the setting
 * names one of them, that provider's rule reports the key (and revokes it with the right API).
 */
const otherProvider = (_secret: string, _match: string, before: string): boolean =>
  !/clerk|workos|highnote/i.test(before);

export const rules: Rule[] = [
  {
    id: 'stripe-secret-key',
    description: 'Stripe live secret key',
    severity: 'critical',
    regex: new RegExp(`\\b(sk_live_${body})\\b`),
    keywords: ['sk_live_'],
    entropy: 3,
    validate: otherProvider,
    tags: ['stripe', 'payments'],
  },
  {
    id: 'stripe-restricted-key',
    description: 'Stripe live restricted key',
    severity: 'high',
    regex: new RegExp(`\\b(rk_live_${body})\\b`),
    keywords: ['rk_live_'],
    entropy: 3,
    tags: ['stripe', 'payments'],
  },
  {
    id: 'stripe-test-key',
    description: 'Stripe test-mode secret or restricted key (no real money, but full test-account access)',
    severity: 'low',
    regex: new RegExp(`\\b([sr]k_test_${body})\\b`),
    keywords: ['sk_test_', 'rk_test_'],
    entropy: 3,
    validate: otherProvider,
    tags: ['stripe', 'payments'],
  },
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe (or Standard Webhooks) webhook signing secret',
    severity: 'high',
    regex: /\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['whsec_'],
    entropy: 3.5,
    tags: ['stripe', 'payments', 'webhook'],
  },
];
