import type { Rule } from '../types.js';

// messagebird-api-key: https://developers.messagebird.com/api/#authentication
export const rules: Rule[] = [
  {
    id: 'messagebird-api-key',
    description: 'MessageBird (Bird) access key (25 characters) assigned to MESSAGEBIRD_API_KEY',
    severity: 'high',
    regex:
      /\b(?:MESSAGEBIRD_API_KEY|MESSAGEBIRD_ACCESS_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{25})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['messagebird_api_key', 'messagebird_access_key'],
    entropy: 3,
    tags: ['messagebird', 'messaging', 'api-key'],
  },
];
