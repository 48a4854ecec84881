import type { Rule } from '../types.js';

// xai-api-key: https://docs.x.ai/docs/overview#authentication
export const rules: Rule[] = [
  {
    id: 'xai-api-key',
    description: 'xAI (Grok) API key (`xai-` and 80 alphanumerics)',
    severity: 'high',
    regex: /\b(xai-[A-Za-z0-9]{80})(?:[^A-Za-z0-9]|$)/,
    keywords: ['xai-'],
    entropy: 3,
    tags: ['xai', 'ai', 'api-key'],
  },
];
