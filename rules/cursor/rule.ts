import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// cursor-api-key: https://docs.cursor.com/account/api-keys
export const rules: Rule[] = [
  {
    id: 'cursor-api-key',
    description: 'Cursor API key (`key_` and 64 hex) assigned to a Cursor setting',
    severity: 'high',
    regex: assignedTo(String.raw`cursor[\w.-]{0,20}?(?:api[_.-]?)?key`, 'key_[a-f0-9]{64}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['cursor'],
    entropy: 3,
    tags: ['cursor', 'ai', 'api-key'],
  },
];
