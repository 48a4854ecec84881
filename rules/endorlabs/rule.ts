import type { Rule } from '../types.js';

// endorlabs-api-credential: https://docs.endorlabs.com/rest-api/using-the-rest-api/authentication/
export const rules: Rule[] = [
  {
    id: 'endorlabs-api-credential',
    description: 'Endor Labs API key or secret (`endr+` and 16 characters)',
    severity: 'high',
    regex: /\b(endr\+[A-Za-z0-9-]{16})(?:[^A-Za-z0-9_+-]|$)/,
    keywords: ['endr+'],
    entropy: 3,
    tags: ['endorlabs', 'security', 'api-key'],
  },
];
