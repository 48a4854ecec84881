import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// looker-client-secret: https://cloud.google.com/looker/docs/api-auth
export const rules: Rule[] = [
  {
    id: 'looker-client-secret',
    description: 'Looker API client secret (24 alphanumerics) assigned to a Looker setting',
    severity: 'high',
    regex: assignedTo(String.raw`looker[\w.-]{0,20}?client[_.-]?secret`, '[A-Za-z0-9]{24}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['looker'],
    entropy: 3,
    tags: ['looker', 'analytics', 'client-secret'],
  },
];
