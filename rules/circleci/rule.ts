import type { Rule } from '../types.js';

// circleci-token: https://circleci.com/docs/managing-api-tokens/
export const rules: Rule[] = [
  {
    id: 'circleci-token',
    description: 'CircleCI personal or project API token (`CCIPAT_`/`CCIPRJ_`)',
    severity: 'critical',
    regex: /\b(CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ccipat_', 'cciprj_'],
    entropy: 3,
    tags: ['circleci', 'ci', 'api-key'],
  },
];
