import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// retell-api-key: https://docs.retellai.com/accounts/api-keys
export const rules: Rule[] = [
  {
    id: 'retell-api-key',
    description: 'Retell AI API key (`key_` and 28 hex) assigned to a Retell setting',
    severity: 'high',
    regex: assignedTo(String.raw`retell[\w.-]{0,20}?(?:api[_.-]?)?key`, 'key_[a-f0-9]{28}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['retell'],
    entropy: 3,
    tags: ['retell', 'ai', 'api-key'],
  },
];
