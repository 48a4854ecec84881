import type { Rule } from '../types.js';

// Cloud API tokens (since 2022): `ATATT3` + ~180 base64url characters + `=` + an 8-digit hex
// checksum. They authenticate as the user on Jira, Confluence and Bitbucket Cloud.
export const rules: Rule[] = [
  {
    id: 'atlassian-api-token',
    description: 'Atlassian Cloud API token (`ATATT3…`), acts as its user on Jira and Confluence',
    severity: 'high',
    regex: /\b(ATATT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8})\b/,
    keywords: ['atatt3'],
    entropy: 4,
    tags: ['atlassian', 'saas', 'api-key'],
  },
];
