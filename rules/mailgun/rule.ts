import type { Rule } from '../types.js';

// Both formats are plain hex with a light shape, so the file must mention Mailgun.
export const rules: Rule[] = [
  {
    id: 'mailgun-api-key',
    description: 'Mailgun private API key (legacy key- format)',
    severity: 'high',
    regex: /\b(key-[0-9a-f]{32})\b/,
    keywords: ['mailgun'],
    entropy: 3,
    tags: ['mailgun', 'mail'],
  },
  {
    id: 'mailgun-private-api-key',
    description: 'Mailgun private API key or webhook signing key (current format)',
    severity: 'high',
    regex: /\b([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b/,
    keywords: ['mailgun'],
    entropy: 3,
    tags: ['mailgun', 'mail'],
  },
];
