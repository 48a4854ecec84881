import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// particle-access-token: https://docs.particle.io/reference/cloud-apis/access-tokens/
// particle-access-token-url: the query-string form of the same token (Nosey Parker np.particleio.1)
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
  {
    id: 'particle-access-token-url',
    description: 'Particle.io access token (40 hex) in an api.particle.io request URL',
    severity: 'high',
    regex: /\bapi\.particle\.io\/v1\/[^\s"'<>]{0,200}?[?&]access_token=([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['api.particle.io'],
    entropy: 3,
    tags: ['particle', 'iot', 'access-token'],
  },
];
