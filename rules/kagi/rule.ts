import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// kagi-api-key: https://help.kagi.com/kagi/api/overview.html
export const rules: Rule[] = [
  {
    id: 'kagi-api-key',
    description: 'Kagi API key assigned to a Kagi setting',
    severity: 'high',
    regex: assignedTo(String.raw`kagi[\w.-]{0,20}?(?:key|token)`, String.raw`[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{43}`),
    keywords: ['kagi'],
    entropy: 3,
    tags: ['kagi', 'search', 'api-key'],
  },
];
