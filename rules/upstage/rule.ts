import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// upstage-api-key: https://console.upstage.ai/docs/getting-started
export const rules: Rule[] = [
  {
    id: 'upstage-api-key',
    description: 'Upstage API key assigned to an Upstage setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`upstage[\w.-]{0,20}?(?:api[_.-]?)?key`,
      '(?:up_)?[A-Za-z0-9]{40,50}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['upstage'],
    entropy: 3,
    tags: ['upstage', 'ai', 'api-key'],
  },
];
