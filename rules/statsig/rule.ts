import type { Rule } from '../types.js';

// statsig-server-secret: https://docs.statsig.com/sdk-keys/api-keys
export const rules: Rule[] = [
  {
    id: 'statsig-server-secret',
    description: 'Statsig server secret key (`secret-` and 43 alphanumerics)',
    severity: 'high',
    regex: /\b(secret-[A-Za-z0-9]{43})(?:[^A-Za-z0-9]|$)/,
    keywords: ['secret-'],
    entropy: 3,
    tags: ['statsig', 'feature-flags', 'api-key'],
  },
];
