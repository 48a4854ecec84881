import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// flickr-api-key: https://www.flickr.com/services/api/misc.api_keys.html
export const rules: Rule[] = [
  {
    id: 'flickr-api-key',
    description: 'Flickr API key (32 hex) assigned to a Flickr setting',
    severity: 'high',
    regex: assignedTo(String.raw`flickr[\w.-]{0,20}?(?:api[_.-]?)?key`, '[a-f0-9]{32}', '(?:[^a-z0-9]|$)'),
    keywords: ['flickr'],
    entropy: 3,
    tags: ['flickr', 'media', 'api-key'],
  },
];
