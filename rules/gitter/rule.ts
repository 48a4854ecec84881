import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// gitter-access-token: https://developer.gitter.im/docs/authentication
export const rules: Rule[] = [
  {
    id: 'gitter-access-token',
    description: 'Gitter access token (40 characters) assigned to a Gitter setting',
    severity: 'high',
    regex: assignedTo(String.raw`gitter[\w.-]{0,20}?token`, '[A-Za-z0-9_-]{40}'),
    keywords: ['gitter'],
    entropy: 3,
    tags: ['gitter', 'chat', 'access-token'],
  },
];
