import type { Rule } from '../types.js';

// onfido-live-api-token: https://documentation.onfido.com/api/latest/#authentication
export const rules: Rule[] = [
  {
    id: 'onfido-live-api-token',
    description: 'Onfido live API token (`api_live.`, `api_live_us.`, `api_live_ca.`)',
    severity: 'critical',
    regex: /\b(api_live(?:_us|_ca)?(?:\.[A-Za-z0-9_-]{8,80}){1,3})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['api_live.', 'api_live_us.', 'api_live_ca.'],
    entropy: 3,
    tags: ['onfido', 'identity', 'api-key'],
  },
];
