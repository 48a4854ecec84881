import type { Rule } from '../types.js';

// ramp-client-secret: https://docs.ramp.com/developer-api/v1/authorization
export const rules: Rule[] = [
  {
    id: 'ramp-client-secret',
    description: 'Ramp developer API client secret (`ramp_sec_` and 48 alphanumerics)',
    severity: 'critical',
    regex: /\b(ramp_sec_[A-Za-z0-9]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['ramp_sec_'],
    entropy: 3,
    tags: ['ramp', 'finance', 'client-secret'],
  },
];
