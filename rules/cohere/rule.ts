import type { Rule } from '../types.js';

// cohere-api-key: https://docs.cohere.com/reference/about
export const rules: Rule[] = [
  {
    id: 'cohere-api-key',
    description: 'Cohere API key (40 alphanumerics) assigned to COHERE_API_KEY or CO_API_KEY',
    severity: 'high',
    regex: /\b(?:COHERE_API_KEY|CO_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['cohere_api_key', 'co_api_key'],
    entropy: 3,
    tags: ['cohere', 'ai', 'api-key'],
  },
];
