import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// etsy-api-key: https://developers.etsy.com/documentation/essentials/authentication
export const rules: Rule[] = [
  {
    id: 'etsy-api-key',
    description: 'Etsy Open API keystring (24 characters) assigned to an Etsy setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`etsy[\w.-]{0,20}?(?:api[_.-]?)?(?:key|keystring|secret)`,
      '[a-z0-9]{24}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['etsy'],
    entropy: 3,
    tags: ['etsy', 'commerce', 'api-key'],
  },
];
