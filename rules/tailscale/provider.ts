// Tailscale: an API access token (`tskey-api-<id>-<secret>`) verifies by listing the tailnet's
// keys and deletes itself with DELETE /api/v2/tailnet/-/keys/{id}. Auth keys, OAuth client
// secrets and others cannot call the API, so they are not probed.
// Docs: https://tailscale.com/api#tag/keys/GET/tailnet/{tailnet}/keys,
//       https://tailscale.com/api#tag/keys/DELETE/tailnet/{tailnet}/keys/{keyId}
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

const isApiToken = (secret: string) => secret.startsWith('tskey-api-');
const keys = httpVerifier({
  path: '/api/v2/tailnet/-/keys',
  headers: bearer,
  live: () => 'Tailscale accepts the API access token (it can list keys)',
});

export const tailscale: Provider = {
  id: 'tailscale',
  name: 'Tailscale',
  rules: ['tailscale-key'],
  githubSecretTypes: ['tailscale_api_key'],
  apiUrl: 'https://api.tailscale.com',
  docs: ['https://tailscale.com/api#tag/keys'],
  ratePerMinute: 60,
  verify(c, ctx) {
    if (!isApiToken(c.secret)) {
      return Promise.resolve({
        state: 'unknown',
        reason: 'only API access tokens (tskey-api-) can be checked without using the key',
      });
    }
    return keys.call(this, c, ctx);
  },
  containment: [],
  revokes: ['tailscale-key'],
  manualRevocation: 'revoke the key at https://login.tailscale.com/admin/settings/keys',
  permissions: 'none: an API access token deletes itself; other keys are revoked by a tailnet admin',
  rotates: false,
};
tailscale.containment = [
  httpRevokeStep(tailscale, {
    title: 'Delete the key (DELETE /api/v2/tailnet/-/keys/{id}, as the token itself)',
    request: (c) => {
      const id = /^tskey-api-([A-Za-z0-9]{6,32})-/.exec(c.secret)?.[1];
      if (!id) return { outcome: 'task', detail: tailscale.manualRevocation };
      return { method: 'DELETE', path: `/api/v2/tailnet/-/keys/${id}`, headers: bearer(c) };
    },
    done: [200, 204],
    refused: tailscale.manualRevocation,
  }),
  confirmRevokedStep(tailscale),
];
