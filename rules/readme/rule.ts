import type { Rule } from '../types.js';

// readme-api-key: https://docs.readme.com/main/reference/intro/authentication
export const rules: Rule[] = [
  {
    id: 'readme-api-key',
    description: 'ReadMe API key (`rdme_` and 70 characters)',
    severity: 'high',
    regex: /\b(rdme_[a-z0-9]{70})(?:[^A-Za-z0-9]|$)/,
    keywords: ['rdme_'],
    entropy: 3,
    tags: ['readme', 'docs', 'api-key'],
  },
];
