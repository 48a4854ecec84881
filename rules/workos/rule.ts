import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// workos-api-key: https://workos.com/docs/reference/api-keys
export const rules: Rule[] = [
  {
    id: 'workos-api-key',
    description: 'WorkOS API key (`sk_live_`/`sk_test_` then base64 of `key_…`) assigned to a WorkOS setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`workos[\w.-]{0,20}?(?:secret|key|token)`,
      'sk_(?:live|test)_a2V5Xz[A-Za-z0-9+/]{60,100}={0,2}',
      '(?:[^A-Za-z0-9+/=]|$)',
    ),
    keywords: ['workos'],
    entropy: 3,
    tags: ['workos', 'auth', 'api-key'],
  },
];
