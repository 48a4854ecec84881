import type { Rule } from '../types.js';

// fireworks-api-key: https://docs.fireworks.ai/api-reference/introduction
export const rules: Rule[] = [
  {
    id: 'fireworks-api-key',
    description: 'Fireworks AI API key (`fw_` and 24 alphanumerics)',
    severity: 'high',
    regex: /\b(fw_[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ['fw_'],
    entropy: 3,
    tags: ['fireworks', 'ai', 'api-key'],
  },
];
