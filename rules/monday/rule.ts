import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// monday-api-token: https://developer.monday.com/api-reference/docs/authentication
//   Personal API tokens are HS256 JWTs; only the setting name says they are monday.com's.
//   'monday' alone is a weekday in date code, so the keywords are the setting names.
export const rules: Rule[] = [
  {
    id: 'monday-api-token',
    description: 'monday.com API token (a JWT) assigned to a monday.com token setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`\bmonday[_.-]?(?:com[_.-]?)?(?:api[_.-]?)?(?:token|key)`,
      String.raw`eyJ[A-Za-z0-9_-]{10,200}\.eyJ[A-Za-z0-9_-]{50,1000}\.[A-Za-z0-9_-]{20,500}`,
      '(?:[^A-Za-z0-9_.=-]|$)',
    ),
    keywords: ['monday_api', 'monday_token', 'monday_key', 'mondayapi', 'mondaytoken', 'mondaykey', 'monday_com'],
    entropy: 3,
    tags: ['monday', 'saas', 'api-key'],
  },
];
