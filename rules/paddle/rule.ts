import type { Rule } from '../types.js';

// paddle-api-key: https://developer.paddle.com/api-reference/about/api-keys
export const rules: Rule[] = [
  {
    id: 'paddle-api-key',
    description: 'Paddle Billing API key (`pdl_live_apikey_`/`pdl_sdbx_apikey_`)',
    severity: 'critical',
    regex: /\b(pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    entropy: 3,
    tags: ['paddle', 'payments', 'api-key'],
  },
];
