import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// twitter-bearer-token: https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/bearer-tokens
export const rules: Rule[] = [
  {
    id: 'twitter-bearer-token',
    description: 'X (Twitter) API app-only bearer token (`AAAAAAAAAAAAAAAAAAAAA…`)',
    severity: 'high',
    regex: /\b(A{22}[A-Za-z0-9%]{80,120})(?:[^A-Za-z0-9%]|$)/,
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    validate: (secret) => new Set(secret.slice(22)).size >= 16,
    tags: ['twitter', 'social', 'api-key'],
  },
  // OAuth 1.0a user credentials and consumer keys: https://docs.x.com/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens
  // The access token is the user's numeric id, a dash and a random part; the secrets have no
  // prefix, so they count only when assigned to a Twitter setting.
  {
    id: 'twitter-access-token',
    description:
      "Twitter/X OAuth 1.0a access token (user id, `-`, 20-40 alphanumerics): acts as the user with the app's consumer key",
    severity: 'high',
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?access[_.-]?token`,
      '[0-9]{15,25}-[A-Za-z0-9]{20,40}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['twitter'],
    entropy: 3,
    tags: ['twitter', 'social', 'access-token'],
  },
  {
    id: 'twitter-access-token-secret',
    description: 'Twitter/X OAuth 1.0a access token secret (45 alphanumerics) assigned to a Twitter setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?access[_.-]?(?:token[_.-]?)?secret`,
      '[A-Za-z0-9]{45}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['twitter'],
    entropy: 3.5,
    tags: ['twitter', 'social', 'client-secret'],
  },
  {
    id: 'twitter-consumer-secret',
    description: 'Twitter/X API key secret (consumer secret, 50 alphanumerics) assigned to a Twitter setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?(?:api|consumer)[_.-]?(?:key[_.-]?)?secret`,
      '[A-Za-z0-9]{50}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['twitter'],
    entropy: 3.5,
    tags: ['twitter', 'social', 'client-secret'],
  },
];
