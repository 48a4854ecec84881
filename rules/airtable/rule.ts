import { assignedTo } from '../generic/assignment.js';
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
  // airtable-legacy-api-key: https://support.airtable.com/docs/airtable-api-key-deprecation-notice
  {
    id: 'airtable-legacy-api-key',
    description:
      'Airtable legacy API key (`key` and 14 alphanumerics) assigned to an Airtable setting: deprecated in 2024',
    severity: 'medium',
    regex: assignedTo(String.raw`airtable[\w.-]{0,20}?(?:api[_.-]?)?key`, 'key[A-Za-z0-9]{14}', '(?:[^A-Za-z0-9_-]|$)'),
    keywords: ['airtable'],
    entropy: 3,
    tags: ['airtable', 'database', 'api-key'],
  },
];
