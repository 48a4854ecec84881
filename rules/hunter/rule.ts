import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// hunter-api-key: https://hunter.io/api-documentation/v2#authentication
export const rules: Rule[] = [
  {
    id: 'hunter-api-key',
    description: 'Hunter.io API key (40 hex) assigned to a Hunter key setting',
    severity: 'high',
    regex: assignedTo(String.raw`hunter(?:[_.-]?io)?[\w.-]{0,20}?(?:api[_.-]?)?key`, '[a-f0-9]{40}', '(?:[^a-z0-9]|$)'),
    keywords: ['hunter'],
    entropy: 3,
    tags: ['hunter', 'saas', 'api-key'],
  },
];
