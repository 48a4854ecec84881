import type { Rule } from '../types.js';

// minimax-api-key: https://platform.minimax.io/docs/guides/quickstart-preparation
export const rules: Rule[] = [
  {
    id: 'minimax-api-key',
    description: 'MiniMax API key (`sk-api-` and 119 characters)',
    severity: 'high',
    regex: /\b(sk-api-[A-Za-z0-9_-]{119})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sk-api-'],
    entropy: 4,
    tags: ['minimax', 'ai', 'api-key'],
  },
];
