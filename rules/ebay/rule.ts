import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// ebay-client-secret: https://developer.ebay.com/api-docs/static/creating-edp-account.html
export const rules: Rule[] = [
  {
    id: 'ebay-client-secret',
    description: 'eBay application cert id (client secret, `PRD-…`) assigned to an eBay setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`ebay[\w.-]{0,20}?(?:client[_.-]?secret|cert[_.-]?id|secret)`,
      'PRD-[a-f0-9]{8,12}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4,12}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['ebay'],
    entropy: 3,
    tags: ['ebay', 'commerce', 'client-secret'],
  },
];
