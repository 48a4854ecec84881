import type { Rule } from '../types.js';

// honeybadger-personal-token: https://docs.honeybadger.io/api/
export const rules: Rule[] = [
  {
    id: 'honeybadger-personal-token',
    description: 'Honeybadger personal auth token (`hbp_` and 36 alphanumerics)',
    severity: 'high',
    regex: /\b(hbp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ['hbp_'],
    entropy: 3,
    tags: ['honeybadger', 'observability', 'api-key'],
  },
];
