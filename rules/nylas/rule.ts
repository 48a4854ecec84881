import type { Rule } from '../types.js';

// nylas-api-key: https://developer.nylas.com/docs/v3/auth/#api-keys
export const rules: Rule[] = [
  {
    id: 'nylas-api-key',
    description: 'Nylas v3 API key (`nyk_` and 40-80 characters)',
    severity: 'high',
    regex: /\b(nyk_[A-Za-z0-9_]{40,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['nyk_'],
    entropy: 3,
    tags: ['nylas', 'email', 'api-key'],
  },
];
