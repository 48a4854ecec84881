import type { Rule } from '../types.js';

// segment-write-key: https://segment.com/docs/connections/find-writekey/
export const rules: Rule[] = [
  {
    id: 'segment-write-key',
    description: 'Segment source write key (32 characters) assigned to SEGMENT_WRITE_KEY',
    severity: 'medium',
    regex: /\b(?:SEGMENT_WRITE_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['segment_write_key'],
    entropy: 3,
    tags: ['segment', 'analytics', 'api-key'],
  },
];
