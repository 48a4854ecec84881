import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// zoho-oauth-token: https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html
export const rules: Rule[] = [
  {
    id: 'zoho-oauth-token',
    description: 'Zoho OAuth access/refresh token (`1000.` and two 32-hex parts) assigned to a Zoho setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`zoho[\w.-]{0,20}?(?:token|secret|key)`,
      String.raw`1000\.[a-f0-9]{32}\.[a-f0-9]{32}`,
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['zoho'],
    entropy: 3,
    tags: ['zoho', 'saas', 'access-token'],
  },
];
