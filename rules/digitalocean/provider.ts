// DigitalOcean: GET /v2/account answers for any working token. An OAuth access token revokes
// itself with POST /v1/oauth/revoke on cloud.digitalocean.com (the OAuth host; with the
// override, its origin). Personal access tokens have no revocation API. Refresh tokens are not
// probed: using one spends it.
// Docs: https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get,
//       https://docs.digitalocean.com/reference/api/oauth/#revoke
import { apiBase, bearer, field, httpVerifier, ProviderConfigError, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

export const digitalocean: Provider = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  rules: ['digitalocean-pat', 'digitalocean-oauth-token'],
  githubSecretTypes: ['digitalocean_personal_access_token', 'digitalocean_oauth_token'],
  apiUrl: 'https://api.digitalocean.com',
  docs: ['https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v2/account',
    headers: bearer,
    invalid: [401],
    live: (a) =>
      `DigitalOcean accepts the token (account status: ${safeText(field(a.body, 'account', 'status'), '') ?? '?'})`,
  }),
  containment: [],
  revokes: ['digitalocean-oauth-token'],
  manualRevocation: 'delete the token at https://cloud.digitalocean.com/account/api/tokens',
  permissions: 'none: an OAuth token revokes itself; personal access tokens are deleted by their owner',
  rotates: false,
};

digitalocean.containment = [
  httpRevokeStep(digitalocean, {
    title: 'Revoke the OAuth token (POST cloud.digitalocean.com/v1/oauth/revoke, as the token itself)',
    request: (c, ctx) => {
      if (c.ruleId !== 'digitalocean-oauth-token') return { outcome: 'task', detail: digitalocean.manualRevocation };
      let base = 'https://cloud.digitalocean.com';
      try {
        if (ctx.env.LEAKHOUND_DIGITALOCEAN_API_URL) base = new URL(apiBase(digitalocean, ctx)).origin;
      } catch (err) {
        if (err instanceof ProviderConfigError) return { outcome: 'task', detail: err.message };
        throw err;
      }
      return {
        method: 'POST',
        base,
        path: '/v1/oauth/revoke',
        headers: bearer(c),
        body: new URLSearchParams({ token: c.secret }),
      };
    },
    done: [200, 204],
    refused: digitalocean.manualRevocation,
  }),
  confirmRevokedStep(digitalocean),
];
