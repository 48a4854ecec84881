import type { Rule } from '../types.js';

// datastax-astra-token: https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html
export const rules: Rule[] = [
  {
    id: 'datastax-astra-token',
    description: 'DataStax Astra DB application token (`AstraCS:`, client id and 64 hex)',
    severity: 'critical',
    regex: /\b(AstraCS:[A-Za-z0-9]{20,32}:[A-Fa-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['astracs:'],
    entropy: 3,
    tags: ['datastax', 'database', 'access-token'],
  },
];
