import type { Rule } from '../types.js';

// cartesia-api-key: https://docs.cartesia.ai/get-started/make-an-api-request
export const rules: Rule[] = [
  {
    id: 'cartesia-api-key',
    description: 'Cartesia API key (`sk_car_` and 20-48 characters)',
    severity: 'high',
    regex: /\b(sk_car_[A-Za-z0-9_]{20,48})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['sk_car_'],
    entropy: 3,
    tags: ['cartesia', 'ai', 'api-key'],
  },
];
