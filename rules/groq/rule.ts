import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'groq-api-key',
    description: 'Groq API key (`gsk_` and 52 alphanumerics)',
    severity: 'high',
    regex: /\b(gsk_[A-Za-z0-9]{52})\b/,
    keywords: ['gsk_'],
    entropy: 3.5,
    tags: ['groq', 'ai', 'api-key'],
  },
];
