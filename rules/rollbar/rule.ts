import type { Rule } from '../types.js';

// rollbar-access-token: https://docs.rollbar.com/reference/getting-started-1#authentication
export const rules: Rule[] = [
  {
    id: 'rollbar-access-token',
    description: 'Rollbar access token (32 hex) assigned to a Rollbar token setting',
    severity: 'high',
    regex:
      /\b(?:ROLLBAR_ACCESS_TOKEN|ROLLBAR_TOKEN|ROLLBAR_SERVER_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['rollbar_access_token', 'rollbar_token', 'rollbar_server_token'],
    entropy: 3,
    tags: ['rollbar', 'observability', 'api-key'],
  },
];
