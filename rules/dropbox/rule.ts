import type { Rule } from '../types.js';

// dropbox-access-token: https://developers.dropbox.com/oauth-guide
export const rules: Rule[] = [
  {
    id: 'dropbox-access-token',
    description: 'Dropbox short-lived access token (`sl.` or `sl.u.`)',
    severity: 'high',
    regex: /\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sl.'],
    entropy: 3,
    tags: ['dropbox', 'storage', 'oauth'],
  },
];
