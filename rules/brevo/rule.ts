import type { Rule } from '../types.js';

// brevo-api-key: https://developers.brevo.com/docs/getting-started
export const rules: Rule[] = [
  {
    id: 'brevo-api-key',
    description: 'Brevo (Sendinblue) API or SMTP key (`xkeysib-`/`xsmtpsib-`)',
    severity: 'high',
    regex: /\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/,
    keywords: ['xkeysib-', 'xsmtpsib-'],
    entropy: 3,
    tags: ['brevo', 'email', 'api-key'],
  },
];
