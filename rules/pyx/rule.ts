import type { Rule } from '../types.js';

// pyx-api-token: https://docs.pyx.dev/authentication (Nosey Parker np.pyx.1-4)
// pyx-api-token-v2: https://docs.pyx.dev/authentication
export const rules: Rule[] = [
  {
    id: 'pyx-api-token',
    description: 'pyx (Astral) user API or trusted-publishing token (`sk-pyx-`/`tp-pyx-`, v1 and v2)',
    severity: 'critical',
    regex: /\b((?:sk|tp)-pyx-(?:[A-Za-z0-9]{64}|2[A-Za-z]{45}))(?:[^A-Za-z0-9]|$)/,
    keywords: ['sk-pyx-', 'tp-pyx-'],
    entropy: 3.5,
    tags: ['pyx', 'package-registry', 'api-key'],
  },
  {
    id: 'pyx-api-token-v2',
    description: 'pyx (Astral) API token, v2 format (`sk-pyx-2`/`tp-pyx-2` and 45 letters)',
    severity: 'critical',
    regex: /\b((?:sk|tp)-pyx-2[A-Za-z]{45})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sk-pyx-2', 'tp-pyx-2'],
    entropy: 3.5,
    tags: ['pyx', 'package-registry', 'api-key'],
  },
];
