import type { Rule } from '../types.js';

// settlemint-token: https://console.settlemint.com/documentation/platform-components/security-and-authentication/application-access-tokens
export const rules: Rule[] = [
  {
    id: 'settlemint-token',
    description: 'SettleMint personal, application or service access token (`sm_pat_`, `sm_aat_`, `sm_sat_`)',
    severity: 'high',
    regex: /\b(sm_(?:pat|aat|sat)_[A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    entropy: 3,
    tags: ['settlemint', 'blockchain', 'api-key'],
  },
];
