import type { Rule } from '../types.js';

// asaas-api-key: https://docs.asaas.com/docs/autenticacao-1 (the leading `$` is part of the key; the finding is the rest)
export const rules: Rule[] = [
  {
    id: 'asaas-api-key',
    description: 'Asaas payments API key (`$aact_prod_`/`$aact_hmlg_` and a base64url body)',
    severity: 'critical',
    regex: /(?:^|[^A-Za-z0-9_$-])\$(aact_(?:prod|hmlg)_[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['$aact_'],
    entropy: 3,
    tags: ['asaas', 'payments', 'api-key'],
  },
];
