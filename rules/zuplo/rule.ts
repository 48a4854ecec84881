import type { Rule } from '../types.js';

// zuplo-api-key: https://zuplo.com/docs/articles/api-key-management
export const rules: Rule[] = [
  {
    id: 'zuplo-api-key',
    description: 'Zuplo consumer API key (`zpka_`, 32 and 8 hex)',
    severity: 'high',
    regex: /\b(zpka_[a-z0-9]{32}_[a-f0-9]{8})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['zpka_'],
    entropy: 3,
    tags: ['zuplo', 'api-gateway', 'api-key'],
  },
];
