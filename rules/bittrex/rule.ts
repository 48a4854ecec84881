import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// bittrex-api-credential: https://bittrex.github.io/api/v3#topic-Authentication
export const rules: Rule[] = [
  {
    id: 'bittrex-api-credential',
    description:
      'Bittrex API key or secret (32 alphanumerics) assigned to a Bittrex setting; Bittrex Global closed in 2023, but old keys still name an account',
    severity: 'medium',
    regex: assignedTo(String.raw`bittrex[\w.-]{0,20}?(?:key|secret)`, '[a-z0-9]{32}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['bittrex'],
    entropy: 3,
    tags: ['bittrex', 'crypto', 'api-key'],
  },
];
