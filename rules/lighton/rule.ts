import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// lighton-api-key: https://docs.lighton.ai/api-reference/authentication
export const rules: Rule[] = [
  {
    id: 'lighton-api-key',
    description: 'LightOn Paradigm API key (40 to 80 characters) assigned to a LightOn setting',
    severity: 'high',
    regex: assignedTo(String.raw`lighton[\w.-]{0,20}?(?:key|token)`, '[A-Za-z0-9_-]{40,80}'),
    keywords: ['lighton'],
    entropy: 3,
    tags: ['lighton', 'ai', 'api-key'],
  },
];
