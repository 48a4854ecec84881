import type { Rule } from '../types.js';

// together-api-key: https://docs.together.ai/reference/authentication-1
export const rules: Rule[] = [
  {
    id: 'together-api-key',
    description: 'Together AI API key (64 hex) assigned to TOGETHER_API_KEY',
    severity: 'high',
    regex: /\b(?:TOGETHER_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['together_api_key'],
    entropy: 3,
    tags: ['together', 'ai', 'api-key'],
  },
];
