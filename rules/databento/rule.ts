import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// databento-api-key: https://databento.com/docs/portal/api-keys
export const rules: Rule[] = [
  {
    id: 'databento-api-key',
    description: 'Databento API key (`db-` and 29 alphanumerics) assigned to a Databento setting',
    severity: 'high',
    regex: assignedTo(String.raw`databento[\w.-]{0,20}?(?:key|token)`, 'db-[A-Za-z0-9]{29}'),
    keywords: ['databento'],
    entropy: 3,
    tags: ['databento', 'finance', 'api-key'],
  },
];
