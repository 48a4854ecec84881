import type { Rule } from '../types.js';

// sendbird-api-token: https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api
export const rules: Rule[] = [
  {
    id: 'sendbird-api-token',
    description: 'Sendbird API token (40 hex) assigned to a Sendbird token setting',
    severity: 'high',
    regex:
      /\b(?:SENDBIRD_API_TOKEN|SENDBIRD_MASTER_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['sendbird_api_token', 'sendbird_master_api_token'],
    entropy: 3,
    tags: ['sendbird', 'chat', 'api-key'],
  },
];
