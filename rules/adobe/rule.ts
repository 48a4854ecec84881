import type { Rule } from '../types.js';

// adobe-client-secret: https://developer.adobe.com/developer-console/docs/guides/authentication/
export const rules: Rule[] = [
  {
    id: 'adobe-client-secret',
    description: 'Adobe Developer Console client secret (`p8e-` and 32 characters)',
    severity: 'high',
    regex: /\b(p8e-[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['p8e-'],
    entropy: 3,
    tags: ['adobe', 'saas', 'oauth'],
  },
];
