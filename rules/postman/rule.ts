import type { Rule } from '../types.js';

// postman-collection-access-token: https://learning.postman.com/docs/collaborating-in-postman/sharing/#share-collections-with-access-keys
export const rules: Rule[] = [
  {
    id: 'postman-api-key',
    description: 'Postman API key (`PMAK-` + 24 hex + `-` + 34 hex)',
    severity: 'high',
    regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b/,
    keywords: ['pmak-'],
    entropy: 3,
    tags: ['postman', 'saas', 'api-key'],
  },
  {
    id: 'postman-collection-access-token',
    description: 'Postman collection access token (`PMAT-` and 26 alphanumerics), reads a shared collection',
    severity: 'medium',
    regex: /\b(PMAT-[A-Za-z0-9]{26})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pmat-'],
    entropy: 3,
    tags: ['postman', 'saas', 'access-token'],
  },
];
