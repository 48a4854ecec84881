import type { Rule } from '../types.js';

// clickhouse-cloud-api-secret: https://clickhouse.com/docs/cloud/manage/openapi
export const rules: Rule[] = [
  {
    id: 'clickhouse-cloud-api-secret',
    description: 'ClickHouse Cloud API key secret (`4b1d` and 38 mixed-case alphanumerics)',
    severity: 'critical',
    regex: /\b(4b1d[A-Za-z0-9]{38})(?:[^A-Za-z0-9]|$)/,
    keywords: ['4b1d'],
    entropy: 4,
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret),
    tags: ['clickhouse', 'database', 'api-key'],
  },
];
