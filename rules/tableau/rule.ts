import type { Rule } from '../types.js';

// tableau-personal-access-token: https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm
export const rules: Rule[] = [
  {
    id: 'tableau-personal-access-token',
    description: 'Tableau personal access token secret (22 base64, `==:`, 32 alphanumerics)',
    severity: 'high',
    regex: /(?:^|[^A-Za-z0-9+/])([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['==:'],
    entropy: 4,
    tags: ['tableau', 'analytics', 'access-token'],
  },
];
