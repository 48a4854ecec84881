import type { Rule } from '../types.js';

// salesforce-access-token: https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm
//   Org ID 00D + 12 or 15 characters, then ! and about 96 characters.
// salesforce-refresh-token: https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_refresh_token_flow.htm
export const rules: Rule[] = [
  {
    id: 'salesforce-access-token',
    description: 'Salesforce OAuth access token or session ID (`00D…!…`: org ID, `!`, session secret)',
    severity: 'critical',
    regex: /\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120})(?:[^A-Za-z0-9._]|$)/,
    keywords: ['00d'],
    entropy: 3,
    tags: ['salesforce', 'crm', 'oauth'],
  },
  {
    id: 'salesforce-refresh-token',
    description: 'Salesforce OAuth refresh token (`5Aep861…`)',
    severity: 'critical',
    regex: /\b(5Aep861[A-Za-z0-9._]{80,90})(?:[^A-Za-z0-9._]|$)/,
    keywords: ['5aep861'],
    entropy: 3,
    tags: ['salesforce', 'crm', 'oauth'],
  },
];
