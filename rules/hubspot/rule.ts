import type { Rule } from '../types.js';

// hubspot-private-app-token: https://developers.hubspot.com/docs/api/private-apps
export const rules: Rule[] = [
  {
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app access token (`pat-na1-`/`pat-eu1-` and a UUID)',
    severity: 'high',
    regex: /\b(pat-(?:na|eu|ap)1-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['pat-na1-', 'pat-eu1-', 'pat-ap1-'],
    entropy: 2.5,
    tags: ['hubspot', 'crm', 'api-key'],
  },
];
