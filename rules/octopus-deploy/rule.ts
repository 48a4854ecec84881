import type { Rule } from '../types.js';

// octopus-deploy-api-key: https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
export const rules: Rule[] = [
  {
    id: 'octopus-deploy-api-key',
    description: 'Octopus Deploy API key (`API-` and 26 upper-case alphanumerics)',
    severity: 'critical',
    regex: /\b(API-[A-Z0-9]{26})(?:[^A-Za-z0-9]|$)/,
    keywords: ['api-'],
    entropy: 3.5,
    tags: ['octopus-deploy', 'ci', 'api-key'],
  },
];
