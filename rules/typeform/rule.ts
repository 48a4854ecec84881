import type { Rule } from '../types.js';

// typeform-personal-access-token: https://www.typeform.com/developers/get-started/personal-access-token/
export const rules: Rule[] = [
  {
    id: 'typeform-personal-access-token',
    description: 'Typeform personal access token (`tfp_` and 59 characters)',
    severity: 'high',
    regex: /\b(tfp_[A-Za-z0-9_-]{59})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['tfp_'],
    entropy: 3,
    tags: ['typeform', 'saas', 'api-key'],
  },
];
