// Heroku: GET /account answers for any working API key or OAuth token.
// Docs: https://devcenter.heroku.com/articles/platform-api-reference#account-info
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const heroku: Provider = {
  id: 'heroku',
  name: 'Heroku',
  rules: ['heroku-api-key', 'heroku-legacy-api-key'],
  githubSecretTypes: ['heroku_platform_api_key'],
  apiUrl: 'https://api.heroku.com',
  docs: ['https://devcenter.heroku.com/articles/platform-api-reference#account-info'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/account',
    headers: (c) => ({ ...bearer(c), accept: 'application/vnd.heroku+json; version=3' }),
    invalid: [401],
    live: () => 'Heroku accepts the key (it can read the account)',
  }),
  containment: [],
  revokes: [],
  manualRevocation:
    'revoke the authorization at https://dashboard.heroku.com/account/applications (or regenerate the API key in Account settings)',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
