import type { Rule } from '../types.js';

// alchemy-api-key: https://docs.alchemy.com/reference/api-overview
export const rules: Rule[] = [
  {
    id: 'alchemy-api-key',
    description: 'Alchemy API key (32 characters) assigned to ALCHEMY_API_KEY',
    severity: 'high',
    regex: /\b(?:ALCHEMY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['alchemy_api_key'],
    entropy: 3,
    tags: ['alchemy', 'blockchain', 'api-key'],
  },
];
