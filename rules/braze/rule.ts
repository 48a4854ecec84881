import type { Rule } from '../types.js';

// braze-rest-api-key: https://www.braze.com/docs/api/basics/#rest-api-key
export const rules: Rule[] = [
  {
    id: 'braze-rest-api-key',
    description: 'Braze REST API key (a UUID) assigned to BRAZE_API_KEY',
    severity: 'high',
    regex:
      /\b(?:BRAZE_API_KEY|BRAZE_REST_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['braze_api_key', 'braze_rest_api_key'],
    entropy: 2.5,
    tags: ['braze', 'marketing', 'api-key'],
  },
];
