import type { Rule } from '../types.js';

// mollie-api-key: https://docs.mollie.com/reference/authentication
export const rules: Rule[] = [
  {
    id: 'mollie-api-key',
    description: 'Mollie live API key (`live_` and 30 characters) assigned to MOLLIE_API_KEY',
    severity: 'critical',
    regex: /\b(?:MOLLIE_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(live_[A-Za-z0-9]{30})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['mollie_api_key'],
    entropy: 3,
    tags: ['mollie', 'payments', 'api-key'],
  },
];
