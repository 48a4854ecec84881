import type { Rule } from '../types.js';

// planetscale-token: https://planetscale.com/docs/concepts/service-tokens
export const rules: Rule[] = [
  {
    id: 'planetscale-token',
    description:
      'PlanetScale service token, database password or OAuth token (`pscale_tkn_`, `pscale_pw_`, `pscale_oauth_`)',
    severity: 'critical',
    regex: /\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    entropy: 3,
    tags: ['planetscale', 'database', 'api-key'],
  },
];
