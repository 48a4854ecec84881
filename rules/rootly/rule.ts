import type { Rule } from '../types.js';

// rootly-api-key: https://docs.rootly.com/api-reference/overview
export const rules: Rule[] = [
  {
    id: 'rootly-api-key',
    description: 'Rootly API key (`rootly_` and 64 hex)',
    severity: 'high',
    regex: /\b(rootly_[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['rootly_'],
    entropy: 3,
    tags: ['rootly', 'incident', 'api-key'],
  },
];
