import type { Rule } from '../types.js';

// cockroachlabs-cloud-api-key: https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access
export const rules: Rule[] = [
  {
    id: 'cockroachlabs-cloud-api-key',
    description: 'CockroachDB Cloud API key (`CCDB1_`, 22 and 40 alphanumerics)',
    severity: 'critical',
    regex: /\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['ccdb1_'],
    entropy: 3,
    tags: ['cockroachlabs', 'database', 'api-key'],
  },
];
