import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// mem0-api-key: https://docs.mem0.ai/api-reference#authentication
export const rules: Rule[] = [
  {
    id: 'mem0-api-key',
    description: 'Mem0 API key (`m0-` and 24-44 alphanumerics) assigned to a Mem0 setting',
    severity: 'high',
    regex: assignedTo(String.raw`mem0[\w.-]{0,20}?(?:key|token)`, 'm0-[A-Za-z0-9]{24,44}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['mem0'],
    entropy: 3,
    tags: ['mem0', 'ai', 'api-key'],
  },
];
