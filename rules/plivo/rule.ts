import type { Rule } from '../types.js';

// plivo-auth-token: https://www.plivo.com/docs/messaging/api/overview/authentication
export const rules: Rule[] = [
  {
    id: 'plivo-auth-token',
    description: 'Plivo auth token (40 characters) assigned to PLIVO_AUTH_TOKEN',
    severity: 'critical',
    regex: /\b(?:PLIVO_AUTH_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['plivo_auth_token'],
    entropy: 3,
    tags: ['plivo', 'messaging', 'api-key'],
  },
];
