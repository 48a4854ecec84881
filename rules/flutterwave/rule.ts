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
  // flutterwave-encryption-key: https://developer.flutterwave.com/docs/encryption
  // The 3DES key that encrypts card payloads; test-mode keys are `FLWSECK_TEST` and 12 hex.
  {
    id: 'flutterwave-encryption-key',
    description: 'Flutterwave test-mode encryption key (`FLWSECK_TEST` and 12 hex) for card payloads',
    severity: 'low',
    regex: /\b(FLWSECK_TEST[a-f0-9]{12})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['flwseck_test'],
    entropy: 2.5,
    tags: ['flutterwave', 'payments', 'encryption-key'],
  },
];
