import type { Rule } from '../types.js';

// fastly-api-token: https://www.fastly.com/documentation/reference/api/auth-tokens/
export const rules: Rule[] = [
  {
    id: 'fastly-api-token',
    description: 'Fastly API token (32 characters) assigned to FASTLY_API_TOKEN',
    severity: 'critical',
    regex:
      /\b(?:FASTLY_API_TOKEN|FASTLY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['fastly_api_token', 'fastly_api_key'],
    entropy: 3,
    tags: ['fastly', 'cdn', 'api-key'],
  },
];
