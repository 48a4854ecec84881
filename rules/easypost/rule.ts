import type { Rule } from '../types.js';

// easypost-api-key: https://docs.easypost.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'easypost-api-key',
    description: 'EasyPost production or test API key (`EZAK`/`EZTK` and 54 characters)',
    severity: 'high',
    regex: /\b(EZ[AT]K[a-z0-9]{54})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ezak', 'eztk'],
    entropy: 3,
    tags: ['easypost', 'shipping', 'api-key'],
  },
];
