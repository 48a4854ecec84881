import type { Rule } from '../types.js';

// mandrill-api-key: https://mailchimp.com/developer/transactional/guides/quick-start/
export const rules: Rule[] = [
  {
    id: 'mandrill-api-key',
    description: 'Mailchimp Transactional (Mandrill) API key (`md-` and 22 characters) where Mandrill is named',
    severity: 'high',
    regex: /\b(md-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['mandrill'],
    entropy: 3,
    tags: ['mandrill', 'email', 'api-key'],
  },
];
