import type { Rule } from '../types.js';

// firecrawl-api-key: https://docs.firecrawl.dev/introduction#api-key
export const rules: Rule[] = [
  {
    id: 'firecrawl-api-key',
    description: 'Firecrawl API key (`fc-` and 32 hex)',
    severity: 'high',
    regex: /\b(fc-[a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['fc-'],
    entropy: 3,
    tags: ['firecrawl', 'ai', 'api-key'],
  },
];
