import type { Rule } from '../types.js';

// resend-api-key: https://resend.com/docs/dashboard/api-keys/introduction
export const rules: Rule[] = [
  {
    id: 'resend-api-key',
    description: 'Resend API key (`re_` + 8 + `_` + 24 characters)',
    severity: 'high',
    regex: /\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ['re_'],
    entropy: 3,
    tags: ['resend', 'email', 'api-key'],
  },
];
