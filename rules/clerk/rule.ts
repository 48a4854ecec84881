import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// clerk-secret-key: https://clerk.com/docs/deployments/clerk-environment-variables
export const rules: Rule[] = [
  {
    id: 'clerk-secret-key',
    description:
      'Clerk secret key (`sk_live_`/`sk_test_`) assigned to a Clerk setting; without one it reads as a Stripe key',
    severity: 'critical',
    regex: assignedTo(
      String.raw`clerk[\w.-]{0,20}?(?:secret|api)[_.-]?key`,
      'sk_(?:live|test)_[A-Za-z0-9]{32,64}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['clerk'],
    entropy: 3,
    tags: ['clerk', 'auth', 'secret-key'],
  },
];
