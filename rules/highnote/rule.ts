import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// highnote-secret-key: https://highnote.com/docs/basics/api-keys
export const rules: Rule[] = [
  {
    id: 'highnote-secret-key',
    description: 'Highnote live secret key (`sk_live_` then base64 of `key_…`) assigned to a Highnote setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`highnote[\w.-]{0,20}?(?:secret|key|token)`,
      'sk_(?:live|test)_a2V5Xz[A-Za-z0-9+/]{60,100}={0,2}',
      '(?:[^A-Za-z0-9+/=]|$)',
    ),
    keywords: ['highnote'],
    entropy: 3,
    tags: ['highnote', 'payments', 'secret-key'],
  },
];
