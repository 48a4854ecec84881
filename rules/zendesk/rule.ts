import type { Rule } from '../types.js';

// zendesk-api-token: https://developer.zendesk.com/api-reference/introduction/security-and-auth/
export const rules: Rule[] = [
  {
    id: 'zendesk-api-token',
    description: 'Zendesk API token (40 alphanumerics) assigned to a Zendesk token setting',
    severity: 'high',
    regex:
      /\b(?:ZENDESK_API_TOKEN|ZENDESK_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['zendesk_api_token', 'zendesk_token'],
    entropy: 3,
    tags: ['zendesk', 'support', 'api-key'],
  },
];
