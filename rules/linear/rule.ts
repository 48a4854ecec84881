import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'linear-api-key',
    description: 'Linear personal API key (`lin_api_…`) or OAuth access token (`lin_oauth_…`)',
    severity: 'high',
    regex: /\b(lin_api_[A-Za-z0-9]{32,64}|lin_oauth_[a-f0-9]{64})\b/,
    keywords: ['lin_api_', 'lin_oauth_'],
    entropy: 3.5,
    tags: ['linear', 'saas', 'api-key'],
  },
  // linear-client-secret: https://linear.app/developers/oauth-2-0-authentication
  {
    id: 'linear-client-secret',
    description: 'Linear OAuth application client secret (32 hex) assigned to a Linear client setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`linear[_.-]?(?:oauth[_.-]?)?client[_.-]?secret`,
      '[a-f0-9]{32}',
      '(?:[^A-Za-z0-9_-]|$)',
    ),
    keywords: ['linear_client', 'linear-client', 'linear.client', 'linearclient', 'linear_oauth', 'linearoauth'],
    entropy: 3,
    tags: ['linear', 'project-management', 'client-secret'],
  },
];
