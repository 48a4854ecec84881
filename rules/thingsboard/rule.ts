import type { Rule } from '../types.js';

// thingsboard-device-token: https://thingsboard.io/docs/reference/http-api/
export const rules: Rule[] = [
  {
    id: 'thingsboard-device-token',
    description: 'ThingsBoard device access token in a device API URL (`/api/v1/<token>/telemetry`)',
    severity: 'medium',
    regex: /\/api\/v1\/([A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc|claim)\b/,
    keywords: ['/api/v1/'],
    entropy: 3,
    tags: ['thingsboard', 'iot', 'api-key'],
  },
];
