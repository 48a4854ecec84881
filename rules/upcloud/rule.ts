import type { Rule } from '../types.js';

// upcloud-api-token: https://upcloud.com/docs/guides/getting-started-upcloud-api/
export const rules: Rule[] = [
  {
    id: 'upcloud-api-token',
    description: 'UpCloud API token (`ucat_` and 24-32 alphanumerics)',
    severity: 'critical',
    regex: /\b(ucat_[A-Za-z0-9]{24,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['ucat_'],
    entropy: 3,
    tags: ['upcloud', 'cloud', 'api-key'],
  },
];
