import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// weatherstack-api-key: https://weatherstack.com/documentation
export const rules: Rule[] = [
  {
    id: 'weatherstack-api-key',
    description: 'weatherstack API access key (32 characters) assigned to a weatherstack setting',
    severity: 'medium',
    regex: assignedTo(String.raw`weatherstack[\w.-]{0,20}?(?:secret|key|token)`, '[0-9a-z]{32}'),
    keywords: ['weatherstack'],
    entropy: 3,
    tags: ['weatherstack', 'saas', 'api-key'],
  },
];
