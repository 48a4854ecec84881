import type { Rule } from '../types.js';

// langfuse-secret-key: https://langfuse.com/docs/get-started
export const rules: Rule[] = [
  {
    id: 'langfuse-secret-key',
    description: 'Langfuse secret key (`sk-lf-` and a UUID)',
    severity: 'high',
    regex: /\b(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['sk-lf-'],
    entropy: 2.5,
    tags: ['langfuse', 'ai', 'api-key'],
  },
];
