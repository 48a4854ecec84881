import type { Rule } from '../types.js';

// clickup-personal-token: https://clickup.com/api/developer-portal/authentication/#personal-token
export const rules: Rule[] = [
  {
    id: 'clickup-personal-token',
    description: 'ClickUp personal API token (`pk_<user id>_` and 32 characters)',
    severity: 'high',
    regex: /\b(pk_[0-9]{7,8}_[A-Z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pk_'],
    entropy: 3,
    tags: ['clickup', 'saas', 'api-key'],
  },
];
