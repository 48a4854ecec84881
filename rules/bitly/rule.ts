import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// bitly-access-token: https://dev.bitly.com/docs/getting-started/authentication/
export const rules: Rule[] = [
  {
    id: 'bitly-access-token',
    description: 'Bitly access token (40 hex) assigned to a Bitly setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`bitly[\w.-]{0,20}?(?:access[_.-]?|generic[_.-]?)?token`,
      '[a-f0-9]{40}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['bitly'],
    entropy: 3,
    tags: ['bitly', 'saas', 'access-token'],
  },
];
