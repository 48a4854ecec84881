import type { Rule } from '../types.js';

// axiom-token: https://axiom.co/docs/reference/tokens
export const rules: Rule[] = [
  {
    id: 'axiom-token',
    description: 'Axiom API or personal token (`xaat-`/`xapt-` and a UUID)',
    severity: 'high',
    regex: /\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['xaat-', 'xapt-'],
    entropy: 2.5,
    tags: ['axiom', 'observability', 'api-key'],
  },
];
