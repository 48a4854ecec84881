import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// facebook-access-token: https://developers.facebook.com/docs/facebook-login/guides/access-tokens
// facebook-app-secret: https://developers.facebook.com/docs/facebook-login/security/#appsecret
export const rules: Rule[] = [
  {
    id: 'facebook-access-token',
    description: 'Facebook/Meta Graph API access token (`EAA` and a long base62 body)',
    severity: 'high',
    regex: /(?:^|[^A-Za-z0-9+/])(EAA[A-Z][A-Za-z0-9]{90,400})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['eaa'],
    entropy: 4,
    tags: ['facebook', 'social', 'access-token'],
  },
  {
    id: 'facebook-app-secret',
    description: 'Facebook/Meta app secret (32 hex) assigned to a Facebook app-secret setting',
    severity: 'high',
    regex: assignedTo(String.raw`(?:facebook|fb)[\w.-]{0,20}?(?:app[_.-]?)?secret`, '[a-f0-9]{32}', '(?:[^a-z0-9]|$)'),
    keywords: ['facebook', 'fb_', 'fb-', 'fb.'],
    entropy: 3,
    tags: ['facebook', 'social', 'client-secret'],
  },
];
