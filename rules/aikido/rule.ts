import type { Rule } from '../types.js';

// aikido-ci-token: https://help.aikido.dev/doc/ci-api-token/docR4IDwDmz6
// aikido-client-secret: https://apidocs.aikido.dev/reference/authentication
export const rules: Rule[] = [
  {
    id: 'aikido-ci-token',
    description: 'Aikido CI API token (`AIK_CI_` and 20-44 alphanumerics)',
    severity: 'high',
    regex: /\b(AIK_CI_[A-Za-z0-9]{20,44})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['aik_ci_'],
    entropy: 3,
    tags: ['aikido', 'security', 'api-key'],
  },
  {
    id: 'aikido-client-secret',
    description: 'Aikido REST API client secret (`AIK_SECRET_` and 64 alphanumerics)',
    severity: 'high',
    regex: /\b(AIK_SECRET_[A-Za-z0-9]{64})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['aik_secret_'],
    entropy: 3,
    tags: ['aikido', 'security', 'client-secret'],
  },
];
