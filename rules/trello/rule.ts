import type { Rule } from '../types.js';

// trello-api-token: https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/
export const rules: Rule[] = [
  {
    id: 'trello-api-token',
    description: 'Trello API token (64 hex) assigned to TRELLO_TOKEN',
    severity: 'high',
    regex: /\b(?:TRELLO_TOKEN|TRELLO_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['trello_token', 'trello_api_token'],
    entropy: 3,
    tags: ['trello', 'saas', 'api-key'],
  },
];
