import type { Rule } from '../types.js';

// replicate-api-token: https://replicate.com/docs/reference/http#authentication
export const rules: Rule[] = [
  {
    id: 'replicate-api-token',
    description: 'Replicate API token (`r8_` and 37 alphanumerics)',
    severity: 'high',
    regex: /\b(r8_[A-Za-z0-9]{37})(?:[^A-Za-z0-9]|$)/,
    keywords: ['r8_'],
    entropy: 3,
    tags: ['replicate', 'ai', 'api-key'],
  },
];
