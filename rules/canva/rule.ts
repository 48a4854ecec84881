import type { Rule } from '../types.js';

// canva-client-secret: https://www.canva.dev/docs/connect/authentication/
export const rules: Rule[] = [
  {
    id: 'canva-client-secret',
    description: 'Canva Connect client secret (`cnvca` and 51 characters)',
    severity: 'high',
    regex: /\b(cnvca[A-Za-z0-9_-]{51})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['cnvca'],
    entropy: 3,
    tags: ['canva', 'saas', 'client-secret'],
  },
];
