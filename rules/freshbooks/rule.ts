import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// freshbooks-access-token: https://www.freshbooks.com/api/authentication
export const rules: Rule[] = [
  {
    id: 'freshbooks-access-token',
    description: 'FreshBooks OAuth access token (64 characters) assigned to a FreshBooks setting',
    severity: 'high',
    regex: assignedTo(String.raw`freshbooks[\w.-]{0,20}?(?:access[_.-]?)?token`, '[a-z0-9]{64}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['freshbooks'],
    entropy: 3,
    tags: ['freshbooks', 'accounting', 'access-token'],
  },
];
