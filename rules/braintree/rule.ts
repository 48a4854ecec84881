import type { Rule } from '../types.js';

// braintree-access-token: https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials
export const rules: Rule[] = [
  {
    id: 'braintree-access-token',
    description: 'Braintree (PayPal) access token (`access_token$production$…$…`)',
    severity: 'critical',
    regex: /\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['access_token$production$', 'access_token$sandbox$'],
    entropy: 3,
    tags: ['braintree', 'payments', 'api-key'],
  },
];
