import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// Since 2025 Vercel tokens carry a type prefix: vcp_ (personal), vci_ (integration), vca_ (app
// access), vcr_ (app refresh), vck_ (AI Gateway key). Older tokens are 24 alphanumerics with
// nothing to recognise them by but the name they are assigned to.
export const rules: Rule[] = [
  {
    id: 'vercel-token',
    description: 'Vercel access token, refresh token or AI Gateway key (`vcp_`, `vci_`, `vca_`, `vcr_`, `vck_`)',
    severity: 'high',
    regex: /\b(vc[pikar]_[A-Za-z0-9]{20,80})\b/,
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    entropy: 3.5,
    tags: ['vercel', 'saas', 'api-key'],
  },
  {
    id: 'vercel-legacy-token',
    description: 'Vercel access token (24 characters) assigned to a vercel-named setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`vercel[\w.-]{0,20}?(?:token|key|secret|auth)`,
      '[A-Za-z0-9]{24}',
      String.raw`(?:[^A-Za-z0-9]|$)`,
    ),
    keywords: ['vercel'],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    tags: ['vercel', 'saas', 'api-key'],
  },
];
