import type { Rule } from '../types.js';

// proof-api-key: https://dev.proof.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'proof-api-key',
    description: 'Proof (Notarize) API key (`prf_`, optionally `cli_`, and 20 to 80 characters)',
    severity: 'high',
    regex: /\b(prf_(?:cli_)?[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['prf_'],
    entropy: 3,
    tags: ['proof', 'saas', 'api-key'],
  },
];
