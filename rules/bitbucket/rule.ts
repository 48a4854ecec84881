import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// bitbucket-data-center-token: https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html
// bitbucket-app-password: https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/ (Nosey Parker
// np.bitbucket.1: `ATBB` + 32)
// bitbucket-access-token: https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/ (the
// `ATCTT3` sibling of Atlassian's `ATATT3` API tokens: base64url body, `=`, 8-hex checksum)
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
  {
    id: 'bitbucket-app-password',
    description: 'Bitbucket Cloud app password (`ATBB` and 32 alphanumerics)',
    severity: 'high',
    regex: /\b(ATBB[A-Za-z0-9]{32}(?:[A-F0-9]{8})?)(?:[^A-Za-z0-9]|$)/,
    keywords: ['atbb'],
    entropy: 3.5,
    tags: ['bitbucket', 'code-host', 'password'],
  },
  {
    id: 'bitbucket-access-token',
    description: 'Bitbucket Cloud repository, project or workspace access token (`ATCTT3…` with a checksum)',
    severity: 'high',
    regex: /\b(ATCTT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ['atctt3'],
    entropy: 4,
    tags: ['bitbucket', 'code-host', 'access-token'],
  },
  // bitbucket-oauth-consumer-secret: https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
  {
    id: 'bitbucket-oauth-consumer-secret',
    description: 'Bitbucket Cloud OAuth consumer secret (32 characters) assigned to a Bitbucket client setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`bitbucket[\w.-]{0,20}?(?:client|oauth|consumer)[_.-]?secret`,
      '[A-Za-z0-9]{32}',
      '(?:[^A-Za-z0-9_-]|$)',
    ),
    keywords: ['bitbucket'],
    entropy: 3,
    tags: ['bitbucket', 'code-host', 'client-secret'],
  },
];
