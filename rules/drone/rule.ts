import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// drone-ci-token: https://docs.drone.io/cli/setup/
export const rules: Rule[] = [
  {
    id: 'drone-ci-token',
    description: 'Drone CI personal token (32 alphanumerics) assigned to a Drone token setting',
    severity: 'high',
    regex: assignedTo(String.raw`drone[\w.-]{0,20}?token`, '[A-Za-z0-9]{32}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['drone'],
    entropy: 3,
    tags: ['drone', 'ci', 'access-token'],
  },
];
