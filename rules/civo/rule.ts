import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// civo-api-key: https://www.civo.com/docs/account/api-keys
export const rules: Rule[] = [
  {
    id: 'civo-api-key',
    description: 'Civo API key (50 alphanumerics) assigned to a Civo setting',
    severity: 'critical',
    regex: assignedTo(String.raw`civo[\w.-]{0,20}?(?:key|token)`, '[A-Za-z0-9]{50}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['civo'],
    entropy: 3,
    tags: ['civo', 'cloud', 'api-key'],
  },
];
