import type { Rule } from '../types.js';

// flutterwave-secret-key: https://developer.flutterwave.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret key (`FLWSECK-…-X`, or `FLWSECK_TEST-…-X`)',
    severity: 'critical',
    regex: /\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)(?:[^A-Za-z0-9]|$)/,
    keywords: ['flwseck'],
    entropy: 3,
    tags: ['flutterwave', 'payments', 'api-key'],
  },
];
