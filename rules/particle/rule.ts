import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// particle-access-token: https://docs.particle.io/reference/cloud-apis/access-tokens/
export const rules: Rule[] = [
  {
    id: 'particle-access-token',
    description: 'Particle.io access token (40 hex) assigned to a Particle token setting',
    severity: 'high',
    regex: assignedTo(String.raw`particle[\w.-]{0,20}?(?:access[_.-]?)?token`, '[a-f0-9]{40}', '(?:[^a-z0-9]|$)'),
    keywords: ['particle'],
    entropy: 3,
    tags: ['particle', 'iot', 'access-token'],
  },
];
