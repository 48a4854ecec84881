import type { Rule } from '../types.js';

// freshdesk-api-key: https://developers.freshdesk.com/api/#authentication
export const rules: Rule[] = [
  {
    id: 'freshdesk-api-key',
    description: 'Freshdesk API key (20 characters) assigned to FRESHDESK_API_KEY',
    severity: 'high',
    regex: /\b(?:FRESHDESK_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['freshdesk_api_key'],
    entropy: 3,
    tags: ['freshdesk', 'support', 'api-key'],
  },
];
