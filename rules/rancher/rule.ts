import type { Rule } from '../types.js';

// rancher-api-token: https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys
export const rules: Rule[] = [
  {
    id: 'rancher-api-token',
    description: 'Rancher API token (`token-<5>:<54>`)',
    severity: 'critical',
    regex: /\b(token-[a-z0-9]{5}:[a-z0-9]{54})(?:[^A-Za-z0-9]|$)/,
    keywords: ['token-'],
    entropy: 3,
    tags: ['rancher', 'cluster', 'api-key'],
  },
];
