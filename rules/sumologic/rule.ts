import type { Rule } from '../types.js';

// sumologic-access-key: https://help.sumologic.com/docs/manage/security/access-keys/
export const rules: Rule[] = [
  {
    id: 'sumologic-access-key',
    description: 'Sumo Logic access key (64 characters) assigned to SUMO_ACCESS_KEY',
    severity: 'high',
    regex:
      /\b(?:SUMO_ACCESS_KEY|SUMOLOGIC_ACCESS_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['sumo_access_key', 'sumologic_access_key'],
    entropy: 3,
    tags: ['sumologic', 'observability', 'api-key'],
  },
];
