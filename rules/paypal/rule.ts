import type { Rule } from '../types.js';

// paypal-client-secret: https://developer.paypal.com/api/rest/authentication/
export const rules: Rule[] = [
  {
    id: 'paypal-client-secret',
    description: 'PayPal REST app client secret (80 characters) assigned to PAYPAL_CLIENT_SECRET',
    severity: 'critical',
    regex:
      /\b(?:PAYPAL_CLIENT_SECRET|PAYPAL_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{80})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['paypal_client_secret', 'paypal_secret'],
    entropy: 3,
    tags: ['paypal', 'payments', 'oauth'],
  },
];
