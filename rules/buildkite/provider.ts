// Buildkite: the access-token API inspects and revokes the very token a request is made with
// ("useful if you find a token, can't identify its owner, and you want to revoke it"); neither
// call needs a scope. GET answers the token's scopes, which become the verification's permissions.
// Docs: https://buildkite.com/docs/apis/rest-api/access-token
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

function scopes(body: unknown): string[] {
  const list = (body as { scopes?: unknown })?.scopes;
  return Array.isArray(list)
    ? list.flatMap((s) => {
        const clean = typeof s === 'string' ? safeText(s, '') : undefined;
        return clean ? [clean] : [];
      })
    : [];
}

export const buildkite: Provider = {
  id: 'buildkite',
  name: 'Buildkite',
  rules: ['buildkite-api-token'],
  // GitHub secret scanning does not name Buildkite tokens.
  githubSecretTypes: [],
  apiUrl: 'https://api.buildkite.com',
  docs: ['https://buildkite.com/docs/apis/rest-api/access-token'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v2/access-token',
    headers: bearer,
    invalid: [401],
    classify: (a) => {
      if (a.status !== 200) return undefined;
      const held = scopes(a.body);
      const id = safeText(field(a.body, 'uuid'), '');
      return {
        state: 'live',
        reason: `Buildkite accepts the token${id ? ` (token ${id})` : ''}; scopes: ${held.join(', ') || 'none'}`,
        permissions: held,
      };
    },
    live: () => 'Buildkite accepts the token',
  }),
  containment: [],
  revokes: ['buildkite-api-token'],
  manualRevocation: 'revoke the token at https://buildkite.com/user/api-access-tokens',
  permissions: 'none: the token revokes itself (DELETE /v2/access-token)',
  rotates: false,
};

buildkite.containment = [
  httpRevokeStep(buildkite, {
    title: 'Revoke the token (DELETE /v2/access-token, as the token itself)',
    request: (c) => ({ method: 'DELETE', path: '/v2/access-token', headers: bearer(c) }),
    done: [204, 200],
    refused: buildkite.manualRevocation,
  }),
  confirmRevokedStep(buildkite),
];
