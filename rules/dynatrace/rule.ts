import type { Rule } from '../types.js';

// dynatrace-api-token: https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format
export const rules: Rule[] = [
  {
    id: 'dynatrace-api-token',
    description: 'Dynatrace API token (`dt0c01.` + 24 + `.` + 64 characters)',
    severity: 'high',
    regex: /\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['dt0c01.'],
    entropy: 3,
    tags: ['dynatrace', 'observability', 'api-key'],
  },
];
