import type { Rule } from '../types.js';

// mistral-api-key: https://docs.mistral.ai/getting-started/quickstart/
export const rules: Rule[] = [
  {
    id: 'mistral-api-key',
    description: 'Mistral AI API key (32 alphanumerics) assigned to MISTRAL_API_KEY',
    severity: 'high',
    regex: /\b(?:MISTRAL_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['mistral_api_key'],
    entropy: 3,
    tags: ['mistral', 'ai', 'api-key'],
  },
];
