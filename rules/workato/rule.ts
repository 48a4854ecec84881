import type { Rule } from '../types.js';

// workato-developer-api-token: https://docs.workato.com/workato-api/authentication.html
//   `wrka` (plus a two-letter data-centre code outside the US) and a dash, then a JWT.
export const rules: Rule[] = [
  {
    id: 'workato-developer-api-token',
    description: 'Workato developer API client token (`wrka-` or `wrkaXX-` then a JWT)',
    severity: 'critical',
    regex:
      /\b(wrka(?:[a-z]{2})?-eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{16,8000}\.[A-Za-z0-9_-]{64,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['wrka'],
    entropy: 3,
    tags: ['workato', 'automation', 'api-key'],
  },
];
