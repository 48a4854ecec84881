import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// gocardless-access-token: https://developer.gocardless.com/getting-started/api/making-your-first-request
export const rules: Rule[] = [
  {
    id: 'gocardless-access-token',
    description: 'GoCardless access token (`live_`/`sandbox_` and 40 characters) assigned to a GoCardless setting',
    severity: 'critical',
    regex: assignedTo(String.raw`gocardless[\w.-]{0,20}?(?:token|key|secret)`, '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
    keywords: ['gocardless'],
    entropy: 3,
    tags: ['gocardless', 'payments', 'access-token'],
  },
];
