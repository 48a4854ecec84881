import type { Rule } from '../types.js';

// buildkite-api-token: https://buildkite.com/docs/apis/managing-api-tokens
export const rules: Rule[] = [
  {
    id: 'buildkite-api-token',
    description: 'Buildkite API access token (`bkua_` and 40 hex)',
    severity: 'high',
    regex: /\b(bkua_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['bkua_'],
    entropy: 3,
    tags: ['buildkite', 'ci', 'api-key'],
  },
];
