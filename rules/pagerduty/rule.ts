import type { Rule } from '../types.js';

// pagerduty-api-key: https://developer.pagerduty.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key (20 characters) assigned to a PagerDuty token setting',
    severity: 'high',
    regex:
      /\b(?:PAGERDUTY_TOKEN|PAGERDUTY_API_KEY|PAGERDUTY_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{20})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['pagerduty_token', 'pagerduty_api_key', 'pagerduty_api_token'],
    entropy: 3,
    tags: ['pagerduty', 'incident', 'api-key'],
  },
];
