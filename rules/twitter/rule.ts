import type { Rule } from '../types.js';

// twitter-bearer-token: https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/bearer-tokens
export const rules: Rule[] = [
  {
    id: 'twitter-bearer-token',
    description: 'X (Twitter) API app-only bearer token (`AAAAAAAAAAAAAAAAAAAAA…`)',
    severity: 'high',
    regex: /\b(A{22}[A-Za-z0-9%]{80,120})(?:[^A-Za-z0-9%]|$)/,
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    validate: (secret) => new Set(secret.slice(22)).size >= 16,
    tags: ['twitter', 'social', 'api-key'],
  },
];
