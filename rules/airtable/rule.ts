import type { Rule } from '../types.js';

// airtable-personal-access-token: https://airtable.com/developers/web/guides/personal-access-tokens
export const rules: Rule[] = [
  {
    id: 'airtable-personal-access-token',
    description: 'Airtable personal access token (`pat…` + `.` + 64 hex)',
    severity: 'high',
    regex: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pat'],
    entropy: 3,
    tags: ['airtable', 'saas', 'api-key'],
  },
];
