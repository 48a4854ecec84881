import type { Rule } from '../types.js';

// mailersend-api-token: https://developers.mailersend.com/general.html#api-response
export const rules: Rule[] = [
  {
    id: 'mailersend-api-token',
    description: 'MailerSend API token (`mlsn.` and 64 hex)',
    severity: 'high',
    regex: /\b(mlsn\.[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['mlsn.'],
    entropy: 3,
    tags: ['mailersend', 'email', 'api-key'],
  },
];
