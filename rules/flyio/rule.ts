import type { Rule } from '../types.js';

// flyio-access-token: https://fly.io/docs/security/tokens/
export const rules: Rule[] = [
  {
    id: 'flyio-access-token',
    description: 'Fly.io access token (`fo1_` and 43 characters)',
    severity: 'critical',
    regex: /\b(fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['fo1_'],
    entropy: 3,
    tags: ['flyio', 'paas', 'api-key'],
  },
];
