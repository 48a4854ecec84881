import type { Rule } from '../types.js';

// pinterest-access-token: https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/
export const rules: Rule[] = [
  {
    id: 'pinterest-access-token',
    description: 'Pinterest API access token (`pina_` and a base64url body)',
    severity: 'high',
    regex: /\b(pina_[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['pina_'],
    entropy: 3.5,
    tags: ['pinterest', 'social', 'access-token'],
  },
];
