import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// plaid-access-token: https://plaid.com/docs/api/tokens/#token-exchange-flow
export const rules: Rule[] = [
  {
    id: 'plaid-access-token',
    description: 'Plaid access token (`access-<environment>-<uuid>`): reads a linked bank account',
    severity: 'critical',
    regex:
      /\b(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    entropy: 2.5,
    tags: ['plaid', 'payments', 'api-key'],
  },
  // plaid-secret-key: https://plaid.com/docs/api/#api-access
  {
    id: 'plaid-secret-key',
    description: 'Plaid API secret (30 lower-case alphanumerics) assigned to a Plaid setting',
    severity: 'high',
    regex: assignedTo(String.raw`plaid[\w.-]{0,20}?secret`, '[a-z0-9]{30}', '(?:[^A-Za-z0-9_-]|$)'),
    keywords: ['plaid'],
    entropy: 3,
    tags: ['plaid', 'payments', 'secret-key'],
  },
];
