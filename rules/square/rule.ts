import type { Rule } from '../types.js';

// Access tokens: `EAAA` + 60 characters (production and sandbox), or the legacy `sq0atp-`
// + 22. OAuth application secrets: `sq0csp-` + 43. Application ids (`sq0idp-`) are public.
const END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

export const rules: Rule[] = [
  {
    id: 'square-access-token',
    description: 'Square access token (`EAAA…` or legacy `sq0atp-…`)',
    severity: 'critical',
    regex: new RegExp(String.raw`\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${END}`),
    keywords: ['eaaa', 'sq0atp-'],
    entropy: 3.5,
    tags: ['square', 'payments', 'api-key'],
  },
  {
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret (`sq0csp-…`)',
    severity: 'high',
    regex: new RegExp(String.raw`\b(sq0csp-[A-Za-z0-9_-]{43})${END}`),
    keywords: ['sq0csp-'],
    entropy: 3.5,
    tags: ['square', 'payments', 'oauth'],
  },
];
