import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// privateai-api-key: https://docs.private-ai.com/reference/latest/
export const rules: Rule[] = [
  {
    id: 'privateai-api-key',
    description: 'Private AI API key (32 alphanumerics) assigned to a Private AI setting',
    severity: 'high',
    regex: assignedTo(String.raw`private[_.-]?ai[\w.-]{0,20}?(?:key|token)`, '[a-z0-9]{32}'),
    keywords: ['privateai', 'private_ai', 'private-ai', 'private.ai'],
    entropy: 3,
    tags: ['privateai', 'ai', 'api-key'],
  },
];
