import type { Rule } from '../types.js';

// elastic-cloud-api-key: https://www.elastic.co/docs/deploy-manage/api-keys/elastic-cloud-api-keys
export const rules: Rule[] = [
  {
    id: 'elastic-cloud-api-key',
    description: 'Elastic Cloud API key (`essu_` and a base64url body)',
    severity: 'critical',
    regex: /\b(essu_[A-Za-z0-9_-]{60,200}={0,2})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ['essu_'],
    entropy: 3,
    tags: ['elastic', 'search', 'api-key'],
  },
];
