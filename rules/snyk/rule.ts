import type { Rule } from '../types.js';

// snyk-api-token: https://docs.snyk.io/snyk-api/authentication-for-api
export const rules: Rule[] = [
  {
    id: 'snyk-api-token',
    description: 'Snyk API token (a UUID) assigned to SNYK_TOKEN',
    severity: 'high',
    regex:
      /\b(?:SNYK_TOKEN|SNYK_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['snyk_token', 'snyk_api_token'],
    entropy: 2.5,
    tags: ['snyk', 'security', 'api-key'],
  },
];
