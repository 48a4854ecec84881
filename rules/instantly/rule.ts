import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// instantly-api-key: https://developer.instantly.ai/getting-started/authorization
export const rules: Rule[] = [
  {
    id: 'instantly-api-key',
    description: 'Instantly API key (66 base64 and `==`) assigned to an Instantly setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`instantly[\w.-]{0,20}?(?:api[_.-]?)?key`,
      '[A-Za-z0-9+/]{66}==',
      '(?:[^A-Za-z0-9+/=]|$)',
    ),
    keywords: ['instantly'],
    entropy: 3,
    tags: ['instantly', 'email', 'api-key'],
  },
];
