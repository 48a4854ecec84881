import type { Rule } from '../types.js';

// duffel-api-token: https://duffel.com/docs/api/overview/making-requests/authentication
export const rules: Rule[] = [
  {
    id: 'duffel-api-token',
    description: 'Duffel API access token (`duffel_live_`/`duffel_test_`)',
    severity: 'high',
    regex: /\b(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ['duffel_test_', 'duffel_live_'],
    entropy: 3,
    tags: ['duffel', 'travel', 'api-key'],
  },
];
