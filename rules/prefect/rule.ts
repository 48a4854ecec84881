import type { Rule } from '../types.js';

// prefect-api-key: https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys
export const rules: Rule[] = [
  {
    id: 'prefect-api-key',
    description: 'Prefect Cloud API key (`pnu_` and 36 alphanumerics)',
    severity: 'high',
    regex: /\b(pnu_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pnu_'],
    entropy: 3,
    tags: ['prefect', 'orchestration', 'api-key'],
  },
];
