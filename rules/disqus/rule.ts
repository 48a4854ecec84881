import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// disqus-api-secret: https://disqus.com/api/docs/auth/
export const rules: Rule[] = [
  {
    id: 'disqus-api-secret',
    description: 'Disqus API secret or access token (64 alphanumerics) assigned to a Disqus setting',
    severity: 'high',
    regex: assignedTo(String.raw`disqus[\w.-]{0,20}?(?:secret|access[_.-]?token)`, '[A-Za-z0-9]{64}'),
    keywords: ['disqus'],
    entropy: 3,
    tags: ['disqus', 'saas', 'api-key'],
  },
];
