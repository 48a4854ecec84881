import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// infomaniak-api-token: https://developer.infomaniak.com/getting-started
export const rules: Rule[] = [
  {
    id: 'infomaniak-api-token',
    description: 'Infomaniak API token assigned to an Infomaniak setting',
    severity: 'critical',
    regex: assignedTo(String.raw`infomaniak[\w.-]{0,20}?(?:token|key)`, '[A-Za-z0-9_-]{60,100}'),
    keywords: ['infomaniak'],
    entropy: 3,
    tags: ['infomaniak', 'cloud', 'api-key'],
  },
];
