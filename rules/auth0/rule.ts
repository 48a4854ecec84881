import type { Rule } from '../types.js';

// auth0-client-secret: https://auth0.com/docs/get-started/applications/application-credentials
export const rules: Rule[] = [
  {
    id: 'auth0-client-secret',
    description: 'Auth0 application client secret (64 characters) assigned to AUTH0_CLIENT_SECRET',
    severity: 'critical',
    regex: /\b(?:AUTH0_CLIENT_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['auth0_client_secret'],
    entropy: 3,
    tags: ['auth0', 'identity', 'oauth'],
  },
];
