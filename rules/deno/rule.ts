import type { Rule } from '../types.js';

// deno-deploy-token: https://docs.deno.com/deploy/manual/api/
export const rules: Rule[] = [
  {
    id: 'deno-deploy-token',
    description: 'Deno Deploy personal or organization access token (`ddp_`/`ddw_` and 36 alphanumerics)',
    severity: 'critical',
    regex: /\b(dd[pw]_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ddp_', 'ddw_'],
    entropy: 3,
    tags: ['deno', 'paas', 'api-key'],
  },
];
