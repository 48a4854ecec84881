import type { Rule } from '../types.js';

// deepseek-api-key: https://api-docs.deepseek.com/
export const rules: Rule[] = [
  {
    id: 'deepseek-api-key',
    description: 'DeepSeek API key (`sk-` and 32 hex) assigned to DEEPSEEK_API_KEY',
    severity: 'high',
    regex: /\b(?:DEEPSEEK_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(sk\-[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['deepseek_api_key'],
    entropy: 3,
    tags: ['deepseek', 'ai', 'api-key'],
  },
];
