import type { Rule } from '../types.js';

// midtrans-server-key: https://docs.midtrans.com/docs/api-keys
export const rules: Rule[] = [
  {
    id: 'midtrans-server-key',
    description: 'Midtrans server key (`Mid-server-`/`SB-Mid-server-` and 10-40 characters)',
    severity: 'critical',
    regex: /\b((?:SB-)?Mid-server-[A-Za-z0-9_-]{10,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['mid-server-'],
    entropy: 3,
    tags: ['midtrans', 'payments', 'api-key'],
  },
];
