import type { Rule } from '../types.js';

// google-oauth-access-token: https://developers.google.com/identity/protocols/oauth2
// google-oauth-refresh-token: https://developers.google.com/identity/protocols/oauth2#expiration
export const rules: Rule[] = [
  {
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access token (`ya29.`): acts with its scopes until it expires (an hour)',
    severity: 'high',
    regex: /\b(ya29\.[A-Za-z0-9_-]{30,2048})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['ya29.'],
    entropy: 3,
    tags: ['google-oauth', 'google', 'oauth'],
  },
  {
    id: 'google-oauth-refresh-token',
    description: 'Google OAuth 2.0 refresh token (`1//0…`): mints access tokens until revoked',
    severity: 'critical',
    regex: /(?:^|[^A-Za-z0-9_/-])(1\/\/0[A-Za-z0-9_-]{40,512})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['1//0'],
    entropy: 3,
    tags: ['google-oauth', 'google', 'oauth'],
  },
];
