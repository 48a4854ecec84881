import { assignedTo } from '../generic/assignment.js';
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
  // hubspot-legacy-api-key: https://developers.hubspot.com/changelog/upcoming-api-key-sunset
  {
    id: 'hubspot-legacy-api-key',
    description:
      'HubSpot legacy API key (hapikey, a UUID) assigned to a HubSpot setting: sunset in 2022 but still a full-account key where it lingers',
    severity: 'medium',
    regex: assignedTo(
      String.raw`(?:hubspot[\w.-]{0,20}?(?:api[_.-]?key|hapikey)|hapikey)`,
      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      '(?:[^A-Za-z0-9_-]|$)',
    ),
    keywords: ['hubspot', 'hapikey'],
    entropy: 3,
    tags: ['hubspot', 'crm', 'api-key'],
  },
];
