import type { Rule } from '../types.js';

// xata-api-key: https://xata.io/docs/getting-started/api-keys
export const rules: Rule[] = [
  {
    id: 'xata-api-key',
    description: 'Xata API key (`xau_` and 32-40 alphanumerics)',
    severity: 'high',
    regex: /\b(xau_[A-Za-z0-9]{32,40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['xau_'],
    entropy: 3,
    tags: ['xata', 'database', 'api-key'],
  },
];
