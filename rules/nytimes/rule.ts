import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// nytimes-api-key: https://developer.nytimes.com/get-started
export const rules: Rule[] = [
  {
    id: 'nytimes-api-key',
    description: 'New York Times API key (32 alphanumerics) assigned to an NYT setting',
    severity: 'low',
    regex: assignedTo(
      String.raw`(?:nytimes|\bnyt)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      '[A-Za-z0-9]{32}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['nytimes', 'nyt_', 'nyt-'],
    entropy: 3,
    tags: ['nytimes', 'media', 'api-key'],
  },
];
