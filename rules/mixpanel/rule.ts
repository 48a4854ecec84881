import type { Rule } from '../types.js';

// mixpanel-api-secret: https://developer.mixpanel.com/reference/project-secret
export const rules: Rule[] = [
  {
    id: 'mixpanel-api-secret',
    description: 'Mixpanel project API secret (32 hex) assigned to MIXPANEL_API_SECRET',
    severity: 'high',
    regex:
      /\b(?:MIXPANEL_API_SECRET|MIXPANEL_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['mixpanel_api_secret', 'mixpanel_secret'],
    entropy: 3,
    tags: ['mixpanel', 'analytics', 'api-key'],
  },
];
