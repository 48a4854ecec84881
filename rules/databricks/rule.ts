import type { Rule } from '../types.js';

// Personal access tokens: `dapi` + 32 hex digits, sometimes with a `-<digit>` suffix. Hex is
// accepted in either case because tokens are pasted from UIs that upper-case them.
export const rules: Rule[] = [
  {
    id: 'databricks-token',
    description: 'Databricks personal access token',
    severity: 'high',
    regex: /\b(dapi[a-fA-F0-9]{32}(?:-\d)?)\b/,
    keywords: ['dapi'],
    entropy: 3,
    tags: ['databricks', 'data', 'api-key'],
  },
];
