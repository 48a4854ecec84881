import type { Rule } from '../types.js';

// sourcegraph-access-token: https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token
export const rules: Rule[] = [
  {
    id: 'sourcegraph-access-token',
    description: 'Sourcegraph access token (`sgp_`, optionally with an instance identifier, and 40 hex)',
    severity: 'high',
    regex: /\b(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sgp_'],
    entropy: 3,
    tags: ['sourcegraph', 'code-search', 'api-key'],
  },
];
