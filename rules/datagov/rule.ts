import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// datagov-api-key: https://api.data.gov/docs/developer-manual/
export const rules: Rule[] = [
  {
    id: 'datagov-api-key',
    description: 'api.data.gov API key (40 alphanumerics) assigned to a data.gov setting',
    severity: 'medium',
    regex: assignedTo(String.raw`data[_.-]?gov[\w.-]{0,20}?(?:key|token)`, '[A-Za-z0-9]{40}'),
    keywords: ['datagov', 'data_gov', 'data.gov', 'data-gov'],
    entropy: 3,
    tags: ['datagov', 'government', 'api-key'],
  },
];
