import type { Rule } from '../types.js';

// defined-networking-api-key: https://docs.defined.net/guides/automatically-creating-hosts/
export const rules: Rule[] = [
  {
    id: 'defined-networking-api-key',
    description: 'Defined Networking (managed Nebula) API key (`dnkey-`)',
    severity: 'high',
    regex: /\b(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?:[^a-z0-9=_-]|$)/,
    keywords: ['dnkey-'],
    entropy: 3,
    tags: ['defined-networking', 'network', 'api-key'],
  },
];
