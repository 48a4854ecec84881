import type { Rule } from '../types.js';

// cloudsmith-api-key: https://help.cloudsmith.io/docs/api-keys
export const rules: Rule[] = [
  {
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key (`csa_`, 30 hex and 6 alphanumerics)',
    severity: 'high',
    regex: /\b(csa_[a-f0-9]{30}[A-Za-z0-9]{6})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['csa_'],
    entropy: 3,
    tags: ['cloudsmith', 'package-registry', 'api-key'],
  },
];
