// Postman: GET /me answers for any working API key.
// Docs: https://learning.postman.com/docs/developer/postman-api/authentication/
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const postman: Provider = {
  id: 'postman',
  name: 'Postman',
  rules: ['postman-api-key'],
  githubSecretTypes: ['postman_api_key'],
  apiUrl: 'https://api.getpostman.com',
  docs: ['https://learning.postman.com/docs/developer/postman-api/authentication/'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/me',
    headers: (c) => ({ 'x-api-key': c.secret }),
    invalid: [401],
    live: () => 'Postman accepts the key',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the key at https://go.postman.co/settings/me/api-keys',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
