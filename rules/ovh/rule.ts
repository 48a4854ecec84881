import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// ovh-application-secret: https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api
export const rules: Rule[] = [
  {
    id: 'ovh-application-secret',
    description: 'OVHcloud application secret or consumer key (32 characters) assigned to an OVH setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`ovh[\w.-]{0,20}?(?:application[_.-]?secret|app[_.-]?secret|consumer[_.-]?key)`,
      '[A-Za-z0-9]{32}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['ovh'],
    entropy: 3,
    tags: ['ovh', 'cloud', 'client-secret'],
  },
];
