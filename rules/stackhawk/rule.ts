import type { Rule } from '../types.js';

// stackhawk-api-key: https://docs.stackhawk.com/apidocs.html#authentication
export const rules: Rule[] = [
  {
    id: 'stackhawk-api-key',
    description: 'StackHawk API key (`hawk.` and two 20-character parts)',
    severity: 'high',
    regex: /\b(hawk\.[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{20})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ['hawk.'],
    entropy: 3,
    tags: ['stackhawk', 'security', 'api-key'],
  },
];
