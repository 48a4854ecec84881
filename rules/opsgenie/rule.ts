import type { Rule } from '../types.js';

// opsgenie-api-key: https://support.atlassian.com/opsgenie/docs/api-key-management/
export const rules: Rule[] = [
  {
    id: 'opsgenie-api-key',
    description: 'Opsgenie API key (a UUID) assigned to OPSGENIE_API_KEY',
    severity: 'high',
    regex:
      /\b(?:OPSGENIE_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['opsgenie_api_key'],
    entropy: 2.5,
    tags: ['opsgenie', 'incident', 'api-key'],
  },
];
