import type { Rule } from '../types.js';

// render-api-key: https://render.com/docs/api#1-create-an-api-key
export const rules: Rule[] = [
  {
    id: 'render-api-key',
    description: 'Render API key (`rnd_` and 32 alphanumerics)',
    severity: 'critical',
    regex: /\b(rnd_[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['rnd_'],
    entropy: 3,
    tags: ['render', 'paas', 'api-key'],
  },
];
