import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// stability-ai-api-key: https://platform.stability.ai/docs/getting-started/authentication
export const rules: Rule[] = [
  {
    id: 'stability-ai-api-key',
    description: 'Stability AI API key (`sk-` and 48 alphanumerics) assigned to a Stability setting',
    severity: 'high',
    regex: assignedTo(String.raw`stability[\w.-]{0,20}?(?:key|token)`, 'sk-[A-Za-z0-9]{48}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['stability'],
    entropy: 3,
    tags: ['stability', 'ai', 'api-key'],
  },
];
