import type { Rule } from '../types.js';

// frameio-api-token: https://developer.frame.io/docs/getting-started/authentication
export const rules: Rule[] = [
  {
    id: 'frameio-api-token',
    description: 'Frame.io API token (`fio-u-` and 64 characters)',
    severity: 'high',
    regex: /\b(fio-u-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['fio-u-'],
    entropy: 3,
    tags: ['frameio', 'media', 'api-key'],
  },
];
