// Linear: a one-field viewer query; Linear answers 400/401 with AUTHENTICATION_ERROR for a bad key.
// Docs: https://developers.linear.app/docs/graphql/working-with-the-graphql-api
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const linear: Provider = {
  id: 'linear',
  name: 'Linear',
  rules: ['linear-api-key'],
  githubSecretTypes: ['linear_api_key'],
  apiUrl: 'https://api.linear.app',
  docs: ['https://developers.linear.app/docs/graphql/working-with-the-graphql-api'],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: 'POST',
    path: '/graphql',
    headers: (c) => ({ authorization: c.secret }),
    body: { query: '{ viewer { id } }' },
    invalid: [400, 401],
    live: () => 'Linear accepts the key (viewer query)',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the key at https://linear.app/settings/account/security',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
