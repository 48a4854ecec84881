import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// fullstory-api-key: https://developer.fullstory.com/server/authentication/
export const rules: Rule[] = [
  {
    id: 'fullstory-api-key',
    description: 'FullStory API key (`na1.`/`eu1.` and a base64 body) assigned to a FullStory setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:fullstory|\bfs)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      String.raw`(?:na1|eu1)\.[A-Za-z0-9+/=_-]{20,200}`,
      '(?:[^A-Za-z0-9+/=_-]|$)',
    ),
    keywords: ['fullstory', 'fs_api', 'fs-api'],
    entropy: 3,
    tags: ['fullstory', 'analytics', 'api-key'],
  },
];
