import type { Rule } from '../types.js';

// neon-api-key: https://neon.com/docs/manage/api-keys
export const rules: Rule[] = [
  {
    id: 'neon-api-key',
    description: 'Neon API key (`napi_` and 64 characters)',
    severity: 'critical',
    regex: /\b(napi_[a-z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['napi_'],
    entropy: 3,
    tags: ['neon', 'database', 'api-key'],
  },
];
