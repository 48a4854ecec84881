import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// greptile-api-key: https://docs.greptile.com/api-reference/introduction
export const rules: Rule[] = [
  {
    id: 'greptile-api-key',
    description: 'Greptile API key (48 base64) assigned to a Greptile setting',
    severity: 'high',
    regex: assignedTo(String.raw`greptile[\w.-]{0,20}?(?:api[_.-]?)?key`, '[A-Za-z0-9+/]{48}', '(?:[^A-Za-z0-9+/]|$)'),
    keywords: ['greptile'],
    entropy: 3,
    tags: ['greptile', 'ai', 'api-key'],
  },
];
