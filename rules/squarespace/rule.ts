import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// squarespace-api-key: https://developers.squarespace.com/commerce-apis/authentication-and-permissions
export const rules: Rule[] = [
  {
    id: 'squarespace-api-key',
    description: 'Squarespace API key (a UUID) assigned to a Squarespace setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`squarespace[\w.-]{0,20}?(?:key|token)`,
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
      '(?:[^a-z0-9-]|$)',
    ),
    keywords: ['squarespace'],
    entropy: 3,
    tags: ['squarespace', 'commerce', 'api-key'],
  },
];
