import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// apollo-api-key: https://docs.apollo.io/docs/create-api-key
export const rules: Rule[] = [
  {
    id: 'apollo-api-key',
    description: 'Apollo.io API key (22 characters) assigned to an Apollo setting',
    severity: 'high',
    regex: assignedTo(String.raw`apollo(?:[_.-]?io)?[\w.-]{0,20}?api[_.-]?key`, '[A-Za-z0-9_-]{22}'),
    keywords: ['apollo'],
    entropy: 3,
    tags: ['apollo', 'saas', 'api-key'],
  },
];
