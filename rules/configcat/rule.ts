import type { Rule } from '../types.js';

// configcat-sdk-key: https://configcat.com/docs/sdk-reference/overview/#sdk-key
export const rules: Rule[] = [
  {
    id: 'configcat-sdk-key',
    description: 'ConfigCat SDK key (`configcat-sdk-1/` and two 22-character parts)',
    severity: 'low',
    regex: /\b(configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['configcat-sdk-1/'],
    entropy: 3,
    tags: ['configcat', 'feature-flags', 'sdk-key'],
  },
];
