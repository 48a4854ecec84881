import type { Rule } from '../types.js';

// intra42-client-secret: https://api.intra.42.fr/apidoc/guides/getting_started
export const rules: Rule[] = [
  {
    id: 'intra42-client-secret',
    description: '42 Intra API client secret (`s-s4t2ud-`/`s-s4t2af-` and 64 hex)',
    severity: 'high',
    regex: /\b(s-s4t2(?:ud|af)-[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    entropy: 3,
    tags: ['intra42', 'education', 'oauth'],
  },
];
