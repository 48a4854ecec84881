import type { Rule } from '../types.js';

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
];
