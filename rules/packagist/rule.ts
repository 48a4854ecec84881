import type { Rule } from '../types.js';

// private-packagist-token: https://packagist.com/docs/tokens
// private-packagist-api-secret: https://packagist.com/docs/api#authentication (the
// `packagist_ack_` key is its public half)
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
  {
    id: 'private-packagist-api-secret',
    description: 'Private Packagist API secret (`packagist_acs_` and 64-96 hex), signs API requests',
    severity: 'critical',
    regex: /\b(packagist_acs_[a-f0-9]{64,96})(?:[^A-Za-z0-9]|$)/,
    keywords: ['packagist_acs_'],
    entropy: 3,
    tags: ['packagist', 'package-registry', 'api-key'],
  },
];
