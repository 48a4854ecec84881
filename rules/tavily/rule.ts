import type { Rule } from '../types.js';

// tavily-api-key: https://docs.tavily.com/documentation/api-reference/introduction
export const rules: Rule[] = [
  {
    id: 'tavily-api-key',
    description: 'Tavily search API key (`tvly-`, `tvly-dev-` or `tvly-prod-` and 32 alphanumerics)',
    severity: 'high',
    regex: /\b(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['tvly-'],
    entropy: 3,
    tags: ['tavily', 'ai', 'api-key'],
  },
];
