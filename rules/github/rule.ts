import type { Rule } from '../types.js';
import { hasValidChecksum } from './checksum.js';

// Token prefixes: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/

/** A classic-format token: prefix, 30 random base62 characters and a 6-character CRC32. */
function classic(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    severity: 'critical',
    regex: new RegExp(`\\b(${prefix}_[A-Za-z0-9]{36})\\b`),
    keywords: [`${prefix}_`],
    entropy: 3,
    validate: (secret) => hasValidChecksum(secret),
    tags: ['github', 'code-host'],
  };
}

// Tokens that a more specific GitHub rule already reports.
const PREFIXED = /^(?:gh[pousr]_|github_pat_)/;

/** The new stateless installation token embeds a JWT whose header names its algorithm. */
function jwtHeaderHasAlg(secret: string): boolean {
  const header = secret.slice(secret.indexOf('_', 4) + 1).split('.')[0] ?? '';
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
  } catch {
    return false;
  }
}

export const rules: Rule[] = [
  classic('github-pat', 'ghp', 'GitHub personal access token (classic)'),
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    severity: 'critical',
    regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
    keywords: ['github_pat_'],
    entropy: 3,
    tags: ['github', 'code-host'],
  },
  classic('github-oauth-token', 'gho', 'GitHub OAuth access token'),
  classic('github-user-to-server-token', 'ghu', 'GitHub App user-to-server token'),
  classic('github-server-to-server-token', 'ghs', 'GitHub App installation (server-to-server) token'),
  {
    id: 'github-app-installation-token',
    description: 'GitHub App installation token in the stateless ghs_APPID_JWT format (2026)',
    severity: 'critical',
    regex:
      /\b(ghs_\d{1,12}_eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ['ghs_'],
    entropy: 4,
    validate: jwtHeaderHasAlg,
    tags: ['github', 'code-host'],
  },
  {
    id: 'github-refresh-token',
    description: 'GitHub App refresh token',
    severity: 'high',
    regex: /\b(ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?)\b/,
    keywords: ['ghr_'],
    entropy: 3,
    // Only the 36-character form is known to carry GitHub's checksum.
    validate: (secret) => secret.length !== 40 || hasValidChecksum(secret),
    tags: ['github', 'code-host'],
  },
  {
    id: 'github-oauth-basic-url',
    description: 'GitHub token used as the user of an x-oauth-basic git URL',
    severity: 'critical',
    regex: /\bhttps?:\/\/([A-Za-z0-9_]{20,255}):x-oauth-basic@/,
    keywords: ['x-oauth-basic'],
    entropy: 3,
    validate: (secret) => !PREFIXED.test(secret),
    tags: ['github', 'code-host'],
  },
];
