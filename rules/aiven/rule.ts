import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// aiven-auth-token: https://aiven.io/docs/platform/howto/create_authentication_token
export const rules: Rule[] = [
  {
    id: 'aiven-auth-token',
    description: 'Aiven authentication token (372 base64) assigned to an Aiven setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`aiven[\w.-]{0,20}?(?:auth[_.-]?|api[_.-]?)?token`,
      '[A-Za-z0-9/+=]{372}',
      '(?:[^A-Za-z0-9/+=]|$)',
    ),
    keywords: ['aiven'],
    entropy: 3,
    tags: ['aiven', 'cloud', 'access-token'],
  },
];
