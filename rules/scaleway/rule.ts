import type { Rule } from '../types.js';

// scaleway-access-key: https://www.scaleway.com/en/docs/iam/concepts/#api-key
export const rules: Rule[] = [
  {
    id: 'scaleway-access-key',
    description: 'Scaleway API access key (`SCW` and 17 characters); its secret key (a UUID) is usually beside it',
    severity: 'medium',
    regex: /\b(SCW[A-Z0-9]{17})(?:[^A-Za-z0-9]|$)/,
    // `scw` alone occurs in random base64, so the rule runs where Scaleway is named.
    keywords: ['scaleway', 'scw_access_key'],
    entropy: 3,
    tags: ['scaleway', 'cloud', 'access-key-id'],
  },
];
