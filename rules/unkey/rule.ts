import type { Rule } from '../types.js';

// unkey-root-key: https://www.unkey.com/docs/security/root-keys
export const rules: Rule[] = [
  {
    id: 'unkey-root-key',
    description: 'Unkey root key (`unkey_` and 20-32 alphanumerics)',
    severity: 'critical',
    regex: /\b(unkey_[A-Za-z0-9]{20,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['unkey_'],
    entropy: 3,
    tags: ['unkey', 'saas', 'api-key'],
  },
];
