import type { Rule } from '../types.js';

// woocommerce-api-key: https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication
export const rules: Rule[] = [
  {
    id: 'woocommerce-api-key',
    description: 'WooCommerce REST API consumer key or secret (`ck_`/`cs_` and 40 hex)',
    severity: 'high',
    regex: /\b((?:ck|cs)_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ck_', 'cs_'],
    entropy: 3,
    tags: ['woocommerce', 'ecommerce', 'api-key'],
  },
];
