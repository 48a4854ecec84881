import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    severity: 'high',
    // "SG." + 22-character key id + "." + 43-character secret.
    regex: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sg.'],
    entropy: 4,
    tags: ['sendgrid', 'mail'],
  },
];
