import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// gumroad-access-token: https://app.gumroad.com/api#api-authentication
export const rules: Rule[] = [
  {
    id: 'gumroad-access-token',
    description: 'Gumroad access token assigned to a Gumroad setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`gumroad[\w.-]{0,20}?(?:access[_.-]?)?token`,
      '[a-f0-9]{64}|[A-Za-z0-9-]{43}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['gumroad'],
    entropy: 3,
    tags: ['gumroad', 'commerce', 'access-token'],
  },
];
