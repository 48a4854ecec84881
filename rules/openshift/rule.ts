import type { Rule } from '../types.js';

// openshift-user-token: https://docs.openshift.com/container-platform/4.14/authentication/understanding-authentication.html
export const rules: Rule[] = [
  {
    id: 'openshift-user-token',
    description: 'OpenShift user OAuth access token (`sha256~` and 43 characters)',
    severity: 'critical',
    regex: /\b(sha256~[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sha256~'],
    entropy: 3,
    tags: ['openshift', 'cluster', 'token'],
  },
];
