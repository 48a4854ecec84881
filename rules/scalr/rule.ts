import type { Rule } from '../types.js';

// scalr-api-token: https://docs.scalr.io/docs/api-tokens (Scalr CLI / Terraform: SCALR_TOKEN)
//   An HS256 JWT whose payload starts {"iss":"user","jti":"at-…": header and the start of the
//   payload are fixed, so the token is recognised without a setting name.
export const rules: Rule[] = [
  {
    id: 'scalr-api-token',
    description: 'Scalr API access token (a JWT with `iss: user` and an `at-` token id)',
    severity: 'high',
    regex:
      /\b(eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJpc3MiOiJ1c2VyIiwianRpIjoiYXQt[A-Za-z0-9_-]{20,40}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['eyjpc3mioij1c2vyiiwianrpijoiyxqt'],
    entropy: 3,
    tags: ['scalr', 'iac', 'access-token'],
  },
];
