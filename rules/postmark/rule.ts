import type { Rule } from '../types.js';

// postmark-token: https://postmarkapp.com/developer/api/overview#authentication
export const rules: Rule[] = [
  {
    id: 'postmark-token',
    description:
      'Postmark server or account API token (a UUID named as a Postmark token, or in the X-Postmark-*-Token header)',
    severity: 'high',
    regex:
      /(?:postmark[\w.-]{0,40}(?:token|key)["\']?[ \t]{0,4}[:=]|x-postmark-(?:server|account)-token["\']?[ \t]{0,4}[:,=]?)[ \t]{0,4}["\']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i,
    keywords: ['postmark'],
    tags: ['postmark', 'email', 'api-key'],
  },
];
