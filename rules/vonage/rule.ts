import type { Rule } from '../types.js';

// vonage-api-secret: https://developer.vonage.com/en/getting-started/concepts/authentication
export const rules: Rule[] = [
  {
    id: 'vonage-api-secret',
    description: 'Vonage (Nexmo) API secret (16 characters) assigned to a Vonage/Nexmo secret setting',
    severity: 'high',
    regex:
      /\b(?:VONAGE_API_SECRET|NEXMO_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['vonage_api_secret', 'nexmo_api_secret'],
    entropy: 3,
    tags: ['vonage', 'messaging', 'api-key'],
  },
];
