import type { Rule } from '../types.js';

// razorpay-key-secret: https://razorpay.com/docs/api/authentication/
export const rules: Rule[] = [
  {
    id: 'razorpay-key-secret',
    description: 'Razorpay API key secret (24 characters) assigned to RAZORPAY_KEY_SECRET',
    severity: 'critical',
    regex:
      /\b(?:RAZORPAY_KEY_SECRET|RAZORPAY_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['razorpay_key_secret', 'razorpay_secret'],
    entropy: 3,
    tags: ['razorpay', 'payments', 'api-key'],
  },
];
