import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// gitea-access-token: https://docs.gitea.com/development/api-usage#authentication
export const rules: Rule[] = [
  {
    id: 'gitea-access-token',
    description: 'Gitea/Forgejo access token (40 hex) assigned to a Gitea token setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:gitea|forgejo)[\w.-]{0,20}?(?:token|key|secret)`,
      '[a-f0-9]{40}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['gitea', 'forgejo'],
    entropy: 3,
    tags: ['gitea', 'code-host', 'access-token'],
  },
];
