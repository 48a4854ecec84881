import type { Rule } from '../types.js';

// intercom-access-token: https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
export const rules: Rule[] = [
  {
    id: 'intercom-access-token',
    description: 'Intercom access token (`dG9rO…`, base64 of `tok:`) assigned to an Intercom token setting',
    severity: 'high',
    regex:
      /\b(?:INTERCOM_ACCESS_TOKEN|INTERCOM_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(dG9rO[A-Za-z0-9_-]{55})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['intercom_access_token', 'intercom_token'],
    entropy: 3,
    tags: ['intercom', 'support', 'api-key'],
  },
];
