import type { Rule } from '../types.js';

// render-api-key: https://render.com/docs/api#1-create-an-api-key
// Issued keys are `rnd_` + 28 base62 (Kingfisher/Betterleaks `render-api-key` agree); the
// range tolerates longer keys should Render lengthen them.
export const rules: Rule[] = [
  {
    id: 'render-api-key',
    description: 'Render API key (`rnd_` and 28 alphanumerics; up to 32 accepted)',
    severity: 'critical',
    regex: /\b(rnd_[A-Za-z0-9]{28,32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['rnd_'],
    entropy: 3,
    tags: ['render', 'paas', 'api-key'],
  },
];
