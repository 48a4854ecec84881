import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// beamer-api-key: https://www.getbeamer.com/api
export const rules: Rule[] = [
  {
    id: 'beamer-api-key',
    description: 'Beamer API key (`b_` and 44 characters) assigned to a Beamer setting',
    severity: 'high',
    regex: assignedTo(String.raw`beamer[\w.-]{0,20}?(?:key|token)`, 'b_[A-Za-z0-9=_-]{44}'),
    keywords: ['beamer'],
    entropy: 3,
    tags: ['beamer', 'saas', 'api-key'],
  },
];
