import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// voyage-api-key: https://docs.voyageai.com/docs/api-key-and-installation
export const rules: Rule[] = [
  {
    id: 'voyage-api-key',
    description: 'Voyage AI API key (`pa-` and 43 characters) assigned to a Voyage setting',
    severity: 'high',
    regex: assignedTo(String.raw`voyage(?:[_.-]?ai)?[\w.-]{0,20}?(?:api[_.-]?)?key`, 'pa-[A-Za-z0-9_-]{43}'),
    keywords: ['voyage'],
    entropy: 3,
    tags: ['voyage', 'ai', 'api-key'],
  },
];
