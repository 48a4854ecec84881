import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// finnhub-api-key: https://finnhub.io/docs/api/authentication
export const rules: Rule[] = [
  {
    id: 'finnhub-api-key',
    description: 'Finnhub API key (20 characters) assigned to a Finnhub setting',
    severity: 'high',
    regex: assignedTo(String.raw`finnhub[\w.-]{0,20}?(?:key|token)`, '[a-z0-9]{20}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['finnhub'],
    entropy: 3,
    tags: ['finnhub', 'finance', 'api-key'],
  },
];
