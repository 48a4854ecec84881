import type { Rule } from '../types.js';

// bigcommerce-access-token: https://developer.bigcommerce.com/docs/start/authentication/api-accounts
export const rules: Rule[] = [
  {
    id: 'bigcommerce-access-token',
    description: 'BigCommerce API account access token (31 characters) assigned to BIGCOMMERCE_ACCESS_TOKEN',
    severity: 'critical',
    regex: /\b(?:BIGCOMMERCE_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-z0-9]{31})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['bigcommerce_access_token'],
    entropy: 3,
    tags: ['bigcommerce', 'ecommerce', 'api-key'],
  },
];
