import type { Rule } from '../types.js';

// shippo-api-token: https://docs.goshippo.com/docs/guides_general/authentication/
export const rules: Rule[] = [
  {
    id: 'shippo-api-token',
    description: 'Shippo live or test API token (`shippo_live_`/`shippo_test_` and 40 hex)',
    severity: 'high',
    regex: /\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['shippo_live_', 'shippo_test_'],
    entropy: 3,
    tags: ['shippo', 'shipping', 'api-key'],
  },
];
