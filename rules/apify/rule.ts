import type { Rule } from '../types.js';

// apify-api-token: https://docs.apify.com/platform/integrations/api#api-token
export const rules: Rule[] = [
  {
    id: 'apify-api-token',
    description: 'Apify API token (`apify_api_` and 34-38 alphanumerics)',
    severity: 'high',
    regex: /\b(apify_api_[A-Za-z0-9]{34,38})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['apify_api_'],
    entropy: 3,
    tags: ['apify', 'saas', 'api-key'],
  },
];
