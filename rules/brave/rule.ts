import type { Rule } from '../types.js';

// brave-search-api-key: https://api-dashboard.search.brave.com/app/documentation/web-search/get-started
export const rules: Rule[] = [
  {
    id: 'brave-search-api-key',
    description: 'Brave Search API subscription token (`BSA` and 24-40 characters)',
    severity: 'high',
    regex: /\b(BSA[A-Za-z0-9_-]{24,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['bsa'],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret),
    tags: ['brave', 'search', 'api-key'],
  },
];
