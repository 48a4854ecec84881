import type { Rule } from '../types.js';

// teamcity-access-token: https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens
//   Header base64url of {"typ": "TCV2"}, then 36 and 48 base64url characters.
export const rules: Rule[] = [
  {
    id: 'teamcity-access-token',
    description: 'JetBrains TeamCity access token (a TCV2 token: `eyJ0eXAiOiAiVENWMiJ9.…`)',
    severity: 'high',
    regex: /\b(eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['eyj0exaioiaivenwmij9.'],
    entropy: 3,
    tags: ['teamcity', 'ci', 'api-key'],
  },
];
