import type { Rule } from '../types.js';

// cerebras-api-key: https://inference-docs.cerebras.ai/quickstart
export const rules: Rule[] = [
  {
    id: 'cerebras-api-key',
    description: 'Cerebras inference API key (`csk-` and 48 characters)',
    severity: 'high',
    regex: /\b(csk-[a-z0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ['csk-'],
    entropy: 3,
    tags: ['cerebras', 'ai', 'api-key'],
  },
];
