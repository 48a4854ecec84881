import type { Rule } from '../types.js';

// portainer-access-token: https://docs.portainer.io/api/access
export const rules: Rule[] = [
  {
    id: 'portainer-access-token',
    description: 'Portainer API access token (`ptr_` and 43+ base64 characters)',
    severity: 'critical',
    regex: /\b(ptr_[A-Za-z0-9+/]{43,64})(?:[^A-Za-z0-9+/]|$)/,
    keywords: ['ptr_'],
    entropy: 3,
    tags: ['portainer', 'cluster', 'api-key'],
  },
];
