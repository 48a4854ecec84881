import { isUserPassBase64 } from '../docker/basic-auth.js';
import { hasValidChecksum } from '../github/checksum.js';
import type { Rule } from '../types.js';

// Tokens with their own, more specific rule (npm, GitHub, GitLab): one token, one finding.
const SPECIFIC = /^(?:npm_|gh[pousr]_|github_pat_|glpat-)/;

export const rules: Rule[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token',
    severity: 'critical',
    regex: /\b(npm_[A-Za-z0-9]{36})\b/,
    keywords: ['npm_'],
    entropy: 3,
    // npm tokens carry the same CRC32 checksum as GitHub's.
    validate: (secret) => hasValidChecksum(secret),
    tags: ['npm', 'package-registry'],
  },
  {
    id: 'npmrc-auth-token',
    description: 'Registry auth token in an .npmrc (_authToken), e.g. for a private or GitHub Packages registry',
    severity: 'high',
    regex: /_authToken\s{0,3}=\s{0,3}["']?([A-Za-z0-9._~+/-]{16,2048}={0,2})/,
    keywords: ['_authtoken'],
    entropy: 3,
    validate: (secret) => !SPECIFIC.test(secret),
    tags: ['npm', 'package-registry'],
  },
  {
    id: 'npmrc-basic-auth',
    description: 'Registry basic-auth credentials in an .npmrc (_auth = base64 of user:password)',
    severity: 'high',
    regex: /(?:^|[\s:])_auth\s{0,3}=\s{0,3}["']?([A-Za-z0-9+/]{8,1024}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['_auth'],
    entropy: 3,
    validate: isUserPassBase64,
    tags: ['npm', 'package-registry'],
  },
];
