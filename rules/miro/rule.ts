import type { Rule } from '../types.js';

// miro-access-token: https://developers.miro.com/docs/getting-started-with-oauth
export const rules: Rule[] = [
  {
    id: 'miro-access-token',
    description: 'Miro REST API access token (base64url of `{"miro` then a key id and body)',
    severity: 'high',
    regex: /\b(eyJtaXJv[A-Za-z0-9-]{10,64}_[A-Za-z0-9_-]{20,64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['eyjtaxjv'],
    entropy: 3,
    tags: ['miro', 'saas', 'access-token'],
  },
];
