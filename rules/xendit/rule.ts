import type { Rule } from '../types.js';

// xendit-api-key: https://docs.xendit.co/apidocs/authentication
export const rules: Rule[] = [
  {
    id: 'xendit-api-key',
    description: 'Xendit secret API key (`xnd_production_`/`xnd_development_` and 56-72 characters)',
    severity: 'critical',
    regex: /\b(xnd_(?:production|development)_[A-Za-z0-9]{56,72})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['xnd_production_', 'xnd_development_'],
    entropy: 3,
    tags: ['xendit', 'payments', 'api-key'],
  },
];
