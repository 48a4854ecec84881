import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// asana-client-secret: https://developers.asana.com/docs/oauth
export const rules: Rule[] = [
  {
    id: 'asana-client-secret',
    description: 'Asana OAuth client secret (32 characters) assigned to an Asana secret setting',
    severity: 'high',
    regex: assignedTo(String.raw`asana[\w.-]{0,20}?(?:client[_.-]?)?secret`, '[a-z0-9]{32}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['asana'],
    entropy: 3,
    tags: ['asana', 'saas', 'client-secret'],
  },
];
