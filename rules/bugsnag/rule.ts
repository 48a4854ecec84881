import type { Rule } from '../types.js';

// bugsnag-api-key: https://docs.bugsnag.com/api/error-reporting/
export const rules: Rule[] = [
  {
    id: 'bugsnag-api-key',
    description: 'Bugsnag project API key (32 hex) assigned to BUGSNAG_API_KEY',
    severity: 'medium',
    regex: /\b(?:BUGSNAG_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['bugsnag_api_key'],
    entropy: 3,
    tags: ['bugsnag', 'observability', 'api-key'],
  },
];
