import type { Rule } from '../types.js';

// polar-access-token: https://docs.polar.sh/api-reference/introduction
export const rules: Rule[] = [
  {
    id: 'polar-access-token',
    description: 'Polar.sh access token (`polar_oat_`, `polar_pat_` or `polar_at_`)',
    severity: 'high',
    regex: /\b(polar_(?:oat|pat|at)_[A-Za-z0-9_-]{20,100})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['polar_oat_', 'polar_pat_', 'polar_at_'],
    entropy: 3,
    tags: ['polar', 'payments', 'access-token'],
  },
];
