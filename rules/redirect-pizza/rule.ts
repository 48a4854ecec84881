import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// redirect-pizza-api-token: https://redirect.pizza/docs/api (Authentication: Bearer token from the dashboard)
export const rules: Rule[] = [
  {
    id: 'redirect-pizza-api-token',
    description:
      'redirect.pizza API token (`rpa_` and 30 alphanumerics) assigned to a redirect.pizza setting; RunPod keys share the prefix',
    severity: 'high',
    regex: assignedTo(String.raw`redirect[_.-]?pizza[\w.-]{0,20}?(?:token|key)`, 'rpa_[A-Za-z0-9]{30}'),
    keywords: ['redirect_pizza', 'redirectpizza', 'redirect-pizza', 'redirect.pizza'],
    entropy: 3,
    tags: ['redirect-pizza', 'saas', 'api-key'],
  },
];
