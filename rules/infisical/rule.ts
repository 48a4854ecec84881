import type { Rule } from '../types.js';

// infisical-service-token: https://infisical.com/docs/documentation/platform/token
export const rules: Rule[] = [
  {
    id: 'infisical-service-token',
    description: 'Infisical service token (`st.<uuid>.<32 hex>.<32 hex>`)',
    severity: 'critical',
    regex:
      /\b(st\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-f0-9]{32}\.[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/,
    // `st.` alone occurs in most text, so the rule runs where Infisical is named.
    keywords: ['infisical'],
    entropy: 3,
    tags: ['infisical', 'secrets-manager', 'api-key'],
  },
];
