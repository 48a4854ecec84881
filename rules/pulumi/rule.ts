import type { Rule } from '../types.js';

// pulumi-access-token: https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/
export const rules: Rule[] = [
  {
    id: 'pulumi-access-token',
    description: 'Pulumi Cloud access token (`pul-` and 40 hex)',
    severity: 'critical',
    regex: /\b(pul-[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pul-'],
    entropy: 3,
    tags: ['pulumi', 'iac', 'api-key'],
  },
];
