import type { Rule } from '../types.js';

// harness-api-key: https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/
export const rules: Rule[] = [
  {
    id: 'harness-api-key',
    description: 'Harness personal access or service account token (`pat.`/`sat.` + account + token id + secret)',
    severity: 'critical',
    regex: /\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pat.', 'sat.'],
    entropy: 3,
    tags: ['harness', 'ci', 'api-key'],
  },
];
