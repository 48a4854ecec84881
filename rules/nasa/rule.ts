import type { Rule } from '../types.js';

// nasa-api-key: https://api.nasa.gov/#signUp (Nosey Parker np.nasa.1)
export const rules: Rule[] = [
  {
    id: 'nasa-api-key',
    description: 'api.nasa.gov API key (40 alphanumerics) in a request URL',
    severity: 'low',
    regex: /\bnasa\.gov\/[^\s"'<>]{0,200}?[?&]api_key=([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['nasa.gov/'],
    entropy: 3,
    tags: ['nasa', 'api', 'api-key'],
  },
];
