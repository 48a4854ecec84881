import type { Rule } from '../types.js';

// ghost-admin-api-key: https://ghost.org/docs/admin-api/#token-authentication
export const rules: Rule[] = [
  {
    id: 'ghost-admin-api-key',
    description: 'Ghost Admin API key (`<24 hex id>:<64 hex secret>`) where Ghost is named',
    severity: 'critical',
    regex: /\b([a-f0-9]{24}:[a-f0-9]{64})\b/,
    keywords: ['ghost'],
    entropy: 3,
    tags: ['ghost', 'cms', 'api-key'],
  },
];
