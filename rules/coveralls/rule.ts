import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// coveralls-repo-token: https://docs.coveralls.io/integrations#repo-token
export const rules: Rule[] = [
  {
    id: 'coveralls-repo-token',
    description: 'Coveralls repo token assigned to a Coveralls token setting',
    severity: 'medium',
    regex: assignedTo(String.raw`coveralls[\w.-]{0,20}?token`, '[A-Za-z0-9]{32,40}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['coveralls'],
    entropy: 3,
    tags: ['coveralls', 'ci', 'access-token'],
  },
];
