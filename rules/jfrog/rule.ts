import type { Rule } from '../types.js';

// jfrog-api-key: https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key
// jfrog-reference-token: https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
export const rules: Rule[] = [
  {
    id: 'jfrog-api-key',
    description: 'JFrog Artifactory API key (`AKCp` and 69 alphanumerics)',
    severity: 'critical',
    regex: /\b(AKCp[A-Za-z0-9]{69})(?:[^A-Za-z0-9]|$)/,
    keywords: ['akcp'],
    entropy: 3,
    tags: ['jfrog', 'package-registry', 'api-key'],
  },
  {
    id: 'jfrog-reference-token',
    description: 'JFrog access reference token (base64 of `reftkn:01:…`)',
    severity: 'critical',
    regex: /\b(cmVmdGtuOjAxOj[A-Za-z0-9]{40,100})(?:[^A-Za-z0-9]|$)/,
    keywords: ['cmvmdgtuojaxoj'],
    entropy: 3,
    tags: ['jfrog', 'package-registry', 'api-key'],
  },
];
