// npm: GET /-/whoami (what npm whoami asks) names the token's user. The registry deletes tokens only by their key, which a leak does not reveal, so revocation is a task.
// Docs: https://docs.npmjs.com/cli/v11/commands/npm-whoami
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const npm: Provider = {
  id: 'npm',
  name: 'npm',
  rules: ['npm-access-token', 'npmrc-auth-token'],
  githubSecretTypes: ['npm_access_token'],
  apiUrl: 'https://registry.npmjs.org',
  docs: ['https://docs.npmjs.com/cli/v11/commands/npm-whoami'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/-/whoami',
    headers: bearer,
    live: (a) => `the npm registry accepts the token as ${safeText(field(a.body, 'username'), '') ?? 'a user'}`,
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the token at https://www.npmjs.com/settings/~/tokens or with npm token revoke',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
