import type { Rule } from '../types.js';

// samsara-api-token: https://developers.samsara.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'samsara-api-token',
    description: 'Samsara API token (`samsara_api_` and 26-32 alphanumerics)',
    severity: 'high',
    regex: /\b(samsara_api_[A-Za-z0-9]{26,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['samsara_api_'],
    entropy: 3,
    tags: ['samsara', 'iot', 'api-key'],
  },
];
