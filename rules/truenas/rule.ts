import type { Rule } from '../types.js';

// truenas-api-key: https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/
export const rules: Rule[] = [
  {
    id: 'truenas-api-key',
    description: 'TrueNAS API key (`<id>-<64 alphanumerics>`) in a file that mentions TrueNAS or its API',
    severity: 'high',
    regex: /\b(\d{1,5}-[A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['truenas', 'freenas', '/api/v2.0'],
    entropy: 3,
    tags: ['truenas', 'storage', 'api-key'],
  },
];
