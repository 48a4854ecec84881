import type { Rule } from '../types.js';

// private-packagist-token: https://packagist.com/docs/tokens
export const rules: Rule[] = [
  {
    id: 'private-packagist-token',
    description: 'Private Packagist token (`packagist_` user/org, update/read token and 68 hex)',
    severity: 'critical',
    regex: /\b(packagist_[ou][ou]t_[a-f0-9]{68})(?:[^A-Za-z0-9]|$)/,
    keywords: ['packagist_'],
    entropy: 3,
    tags: ['packagist', 'package-registry', 'api-key'],
  },
];
