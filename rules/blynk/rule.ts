import type { Rule } from '../types.js';

// blynk-device-token: https://docs.blynk.io/en/blynk.cloud/device-https-api
export const rules: Rule[] = [
  {
    id: 'blynk-device-token',
    description: 'Blynk device auth token (in a blynk.cloud device API URL or `#define BLYNK_AUTH_TOKEN`)',
    severity: 'medium',
    regex:
      /(?:blynk\.cloud\/external\/api\/[A-Za-z0-9/]{0,60}\?token=|BLYNK_AUTH_TOKEN["\']?[ \t]{0,4}[=:]?[ \t]{0,4}["\'])([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['blynk.cloud/external/api/', 'blynk_auth_token'],
    entropy: 3,
    tags: ['blynk', 'iot', 'api-key'],
  },
];
