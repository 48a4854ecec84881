import type { Rule } from '../types.js';

// onesignal-rest-api-key: https://documentation.onesignal.com/docs/keys-and-ids
export const rules: Rule[] = [
  {
    id: 'onesignal-rest-api-key',
    description: 'OneSignal REST API key (`os_v2_app_`/`os_v2_org_`)',
    severity: 'high',
    regex: /\b(os_v2_(?:app|org)_[a-z2-7]{50,200})(?:[^A-Za-z0-9]|$)/,
    keywords: ['os_v2_app_', 'os_v2_org_'],
    entropy: 3,
    tags: ['onesignal', 'push', 'api-key'],
  },
];
