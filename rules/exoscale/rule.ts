import type { Rule } from '../types.js';

// exoscale-api-key: https://community.exoscale.com/product/iam/how-to/api-keys/
export const rules: Rule[] = [
  {
    id: 'exoscale-api-key',
    description: 'Exoscale IAM API key (`EXO` and 24 characters)',
    severity: 'high',
    regex: /\b(EXO[a-zA-Z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ['exo'],
    entropy: 3,
    validate: (secret) => /[0-9]/.test(secret),
    tags: ['exoscale', 'cloud', 'api-key'],
  },
];
