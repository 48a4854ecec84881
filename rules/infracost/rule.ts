import type { Rule } from '../types.js';

// infracost-api-key: https://www.infracost.io/docs/integrations/environment_variables/#infracost_api_key
export const rules: Rule[] = [
  {
    id: 'infracost-api-key',
    description: 'Infracost API key (`ico-` and 32 alphanumerics)',
    severity: 'high',
    regex: /\b(ico-[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ico-'],
    entropy: 3,
    tags: ['infracost', 'iac', 'api-key'],
  },
];
