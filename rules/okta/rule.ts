import type { Rule } from '../types.js';

// okta-api-token: https://developer.okta.com/docs/guides/create-an-api-token/main/
export const rules: Rule[] = [
  {
    id: 'okta-api-token',
    description: 'Okta API token (`00` and 40 characters) where Okta is named',
    severity: 'critical',
    regex: /\b(00[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['okta'],
    entropy: 3.5,
    tags: ['okta', 'identity', 'api-key'],
  },
];
