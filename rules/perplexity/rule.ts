import type { Rule } from '../types.js';

// perplexity-api-key: https://docs.perplexity.ai/guides/getting-started
export const rules: Rule[] = [
  {
    id: 'perplexity-api-key',
    description: 'Perplexity API key (`pplx-` and 48 alphanumerics)',
    severity: 'high',
    regex: /\b(pplx-[A-Za-z0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pplx-'],
    entropy: 3,
    tags: ['perplexity', 'ai', 'api-key'],
  },
];
