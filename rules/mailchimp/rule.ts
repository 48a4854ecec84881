import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp Marketing API key (32 hex and the data-center suffix)',
    severity: 'high',
    regex: /\b([0-9a-f]{32}-us\d{1,2})\b/,
    keywords: ['-us'],
    entropy: 3,
    tags: ['mailchimp', 'mail'],
  },
];
