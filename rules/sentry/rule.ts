import type { Rule } from '../types.js';

// sentry-user-auth-token: https://docs.sentry.io/account/auth-tokens/
// sentry-org-auth-token: https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens
//   sntrys_ + base64 JSON claims (iat, url, region_url, org) + _ + 43-character secret.
export const rules: Rule[] = [
  {
    id: 'sentry-user-auth-token',
    description: 'Sentry user auth token (`sntryu_` and 64 hex)',
    severity: 'high',
    regex: /\b(sntryu_[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sntryu_'],
    entropy: 3,
    tags: ['sentry', 'observability', 'api-key'],
  },
  {
    id: 'sentry-org-auth-token',
    description: 'Sentry organization auth token (`sntrys_eyJ…_…`): uploads source maps and creates releases',
    severity: 'high',
    regex: /\b(sntrys_eyJ[A-Za-z0-9+/=]{60,600}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9+/]|$)/,
    keywords: ['sntrys_eyj'],
    entropy: 3,
    tags: ['sentry', 'observability', 'api-key'],
  },
];
