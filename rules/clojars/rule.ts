import type { Rule } from '../types.js';

// clojars-deploy-token: https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
export const rules: Rule[] = [
  {
    id: 'clojars-deploy-token',
    description: 'Clojars deploy token (`CLOJARS_` and 60 characters)',
    severity: 'critical',
    regex: /\b(CLOJARS_[a-z0-9]{60})(?:[^A-Za-z0-9]|$)/,
    keywords: ['clojars_'],
    entropy: 3,
    tags: ['clojars', 'package-registry', 'api-key'],
  },
];
