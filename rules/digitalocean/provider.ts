// DigitalOcean: GET /v2/account answers for any working token. Refresh tokens are not probed: using one spends it.
// Docs: https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';

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
  revokes: [],
  manualRevocation: 'delete the token at https://cloud.digitalocean.com/account/api/tokens',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
