import type { Rule } from '../types.js';

// mergify-application-key: https://docs.mergify.com/api-usage/
export const rules: Rule[] = [
  {
    id: 'mergify-application-key',
    description: 'Mergify application key (`mergify_application_key_` and 40-200 characters)',
    severity: 'high',
    regex: /\b(mergify_application_key_[A-Za-z0-9_-]{40,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['mergify_application_key_'],
    entropy: 3,
    tags: ['mergify', 'ci', 'api-key'],
  },
];
