import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// honeycomb-api-key: https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/
export const rules: Rule[] = [
  {
    id: 'honeycomb-api-key',
    description: 'Honeycomb API key (22 alphanumerics or 32 hex) assigned to a Honeycomb key setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:honeycomb|hny)[\w.-]{0,20}?(?:api[_.-]?|write[_.-]?)?key`,
      '[A-Za-z0-9]{22}|[a-f0-9]{32}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['honeycomb', 'hny_'],
    entropy: 3,
    tags: ['honeycomb', 'observability', 'api-key'],
  },
];
