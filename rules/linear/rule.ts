import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'linear-api-key',
    description: 'Linear personal API key (`lin_api_…`) or OAuth access token (`lin_oauth_…`)',
    severity: 'high',
    regex: /\b(lin_api_[A-Za-z0-9]{32,64}|lin_oauth_[a-f0-9]{64})\b/,
    keywords: ['lin_api_', 'lin_oauth_'],
    entropy: 3.5,
    tags: ['linear', 'saas', 'api-key'],
  },
];
