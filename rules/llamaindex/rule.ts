import type { Rule } from '../types.js';

// llamacloud-api-key: https://docs.cloud.llamaindex.ai/api_key
export const rules: Rule[] = [
  {
    id: 'llamacloud-api-key',
    description: 'LlamaCloud (LlamaIndex) API key (`llx-` and 44-52 alphanumerics)',
    severity: 'high',
    regex: /\b(llx-[A-Za-z0-9]{44,52})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['llx-'],
    entropy: 3,
    tags: ['llamaindex', 'ai', 'api-key'],
  },
];
