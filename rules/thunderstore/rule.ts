import type { Rule } from '../types.js';

// thunderstore-api-token: https://wiki.thunderstore.io/teams/service-accounts
export const rules: Rule[] = [
  {
    id: 'thunderstore-api-token',
    description: 'Thunderstore service account token (`tss_` and 20 to 80 characters)',
    severity: 'high',
    regex: /\b(tss_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['tss_'],
    entropy: 3,
    tags: ['thunderstore', 'package-registry', 'api-key'],
  },
];
