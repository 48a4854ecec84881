import type { Rule } from '../types.js';

// netlify-personal-access-token: https://docs.netlify.com/api/get-started/#authentication
export const rules: Rule[] = [
  {
    id: 'netlify-personal-access-token',
    description: 'Netlify personal access token (`nfp_` and 36 alphanumerics)',
    severity: 'critical',
    regex: /\b(nfp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ['nfp_'],
    entropy: 3,
    tags: ['netlify', 'paas', 'api-key'],
  },
];
