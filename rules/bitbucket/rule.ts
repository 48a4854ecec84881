import type { Rule } from '../types.js';

// bitbucket-data-center-token: https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html
export const rules: Rule[] = [
  {
    id: 'bitbucket-data-center-token',
    description: 'Bitbucket Data Center HTTP access token (`BBDC-` and 32-64 base64)',
    severity: 'high',
    regex: /\b(BBDC-[A-Za-z0-9+/]{32,64}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['bbdc-'],
    entropy: 3,
    tags: ['bitbucket', 'code-host', 'access-token'],
  },
];
