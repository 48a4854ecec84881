import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// linkedin-client-secret: https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow
export const rules: Rule[] = [
  {
    id: 'linkedin-client-secret',
    description: 'LinkedIn app client secret (16 alphanumerics) assigned to a LinkedIn secret setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`linked[_.-]?in[\w.-]{0,20}?(?:client[_.-]?)?secret`,
      '[A-Za-z0-9]{16}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    entropy: 3,
    tags: ['linkedin', 'social', 'client-secret'],
  },
];
