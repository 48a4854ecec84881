import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// coinbase-api-secret: https://docs.cdp.coinbase.com/coinbase-app/authentication-authorization/api-key-authentication
export const rules: Rule[] = [
  {
    id: 'coinbase-api-secret',
    description: 'Coinbase API secret or access token (64 characters) assigned to a Coinbase setting',
    severity: 'critical',
    regex: assignedTo(String.raw`coinbase[\w.-]{0,20}?(?:secret|token)`, '[A-Za-z0-9_-]{64}'),
    keywords: ['coinbase'],
    entropy: 3,
    tags: ['coinbase', 'crypto', 'api-key'],
  },
];
