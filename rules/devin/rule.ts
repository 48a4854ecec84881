import type { Rule } from '../types.js';

// devin-api-key: https://docs.devin.ai/api-reference/overview
export const rules: Rule[] = [
  {
    id: 'devin-api-key',
    description: 'Devin API key (`apk_`/`apk_user_` and a long base64 body)',
    severity: 'high',
    regex: /\b(apk_(?:user_)?[A-Za-z0-9+/]{80,180}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['apk_'],
    entropy: 4,
    tags: ['devin', 'ai', 'api-key'],
  },
];
