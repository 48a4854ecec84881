import type { Rule } from '../types.js';

// scalingo-api-token: https://doc.scalingo.com/platform/cli/start#login-with-an-api-token
export const rules: Rule[] = [
  {
    id: 'scalingo-api-token',
    description: 'Scalingo API token (`tk-us-` and 48 characters)',
    severity: 'critical',
    regex: /\b(tk-us-[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['tk-us-'],
    entropy: 3,
    tags: ['scalingo', 'paas', 'api-key'],
  },
];
