import type { Rule } from '../types.js';

// val-town-api-token: https://docs.val.town/api/authentication/
export const rules: Rule[] = [
  {
    id: 'val-town-api-token',
    description: 'Val Town API token (`vtwn_` and 20-80 characters)',
    severity: 'high',
    regex: /\b(vtwn_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['vtwn_'],
    entropy: 3,
    tags: ['val-town', 'saas', 'api-key'],
  },
];
