import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// telnyx-api-key: https://developers.telnyx.com/docs/overview/authentication
export const rules: Rule[] = [
  {
    id: 'telnyx-api-key',
    description: 'Telnyx API v2 key (`KEY` and 55 characters) assigned to a Telnyx setting',
    severity: 'high',
    regex: assignedTo(String.raw`telnyx[\w.-]{0,20}?(?:key|secret|token)`, 'KEY[0-9A-Za-z_-]{55}'),
    keywords: ['telnyx'],
    entropy: 3,
    tags: ['telnyx', 'telephony', 'api-key'],
  },
];
