import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// kucoin-api-secret: https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request
export const rules: Rule[] = [
  {
    id: 'kucoin-api-secret',
    description: 'KuCoin API secret (a UUID) assigned to a KuCoin setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`kucoin[\w.-]{0,20}?(?:api[_.-]?)?secret`,
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
      '(?:[^a-z0-9-]|$)',
    ),
    keywords: ['kucoin'],
    entropy: 3,
    tags: ['kucoin', 'crypto', 'api-key'],
  },
];
