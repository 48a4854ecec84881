import type { Rule } from '../types.js';

// algolia-admin-api-key: https://www.algolia.com/doc/guides/security/api-keys/
export const rules: Rule[] = [
  {
    id: 'algolia-admin-api-key',
    description: 'Algolia admin or write API key (32 hex) assigned to an Algolia key setting',
    severity: 'high',
    regex:
      /\b(?:ALGOLIA_ADMIN_API_KEY|ALGOLIA_ADMIN_KEY|ALGOLIA_WRITE_API_KEY|ALGOLIA_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['algolia_admin_api_key', 'algolia_admin_key', 'algolia_write_api_key', 'algolia_api_key'],
    entropy: 3,
    tags: ['algolia', 'search', 'api-key'],
  },
];
