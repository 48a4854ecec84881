import type { Rule } from '../types.js';

// klaviyo-private-api-key: https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication
export const rules: Rule[] = [
  {
    id: 'klaviyo-private-api-key',
    description: 'Klaviyo private API key (`pk_` and 34 hex)',
    severity: 'high',
    regex: /\b(pk_[a-f0-9]{34})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pk_'],
    entropy: 3,
    tags: ['klaviyo', 'marketing', 'api-key'],
  },
];
