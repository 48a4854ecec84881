import type { Rule } from '../types.js';

// doppler-token: https://docs.doppler.com/reference/auth-token-formats
//   dp.<kind>.[<config slug>.]<40-44 alphanumerics>.
export const rules: Rule[] = [
  {
    id: 'doppler-token',
    description:
      'Doppler token (personal `dp.pt.`, service `dp.st.`, CLI `dp.ct.`, service account `dp.sa.`, SCIM, audit)',
    severity: 'critical',
    regex: /\b(dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?:[^A-Za-z0-9]|$)/,
    keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    entropy: 3,
    tags: ['doppler', 'secrets-manager', 'api-key'],
  },
];
