import type { Rule } from '../types.js';

// openrouter-api-key: https://openrouter.ai/docs/api-reference/authentication
export const rules: Rule[] = [
  {
    id: 'openrouter-api-key',
    description: 'OpenRouter API key (`sk-or-v1-` and 64 hex)',
    severity: 'high',
    regex: /\b(sk-or-v1-[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sk-or-v1-'],
    entropy: 3,
    tags: ['openrouter', 'ai', 'api-key'],
  },
];
