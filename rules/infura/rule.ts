import type { Rule } from '../types.js';

// infura-api-key: https://docs.metamask.io/services/get-started/infura/
export const rules: Rule[] = [
  {
    id: 'infura-api-key',
    description: 'Infura API key or secret (32 hex) assigned to an Infura setting',
    severity: 'high',
    regex:
      /\b(?:INFURA_API_KEY|INFURA_PROJECT_SECRET|INFURA_API_KEY_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['infura_api_key', 'infura_project_secret', 'infura_api_key_secret'],
    entropy: 3,
    tags: ['infura', 'blockchain', 'api-key'],
  },
];
