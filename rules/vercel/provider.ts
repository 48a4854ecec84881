// Vercel: GET /v2/user verifies; DELETE /v3/user/tokens/current invalidates the very token the
// request is authenticated with, so a leaked token revokes itself.
// Docs: https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user,
//       https://vercel.com/docs/rest-api/authentication/delete-an-authentication-token
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

export const vercel: Provider = {
  id: 'vercel',
  name: 'Vercel',
  rules: ['vercel-token', 'vercel-legacy-token'],
  githubSecretTypes: ['vercel_api_access_token', 'vercel_personal_access_token'],
  apiUrl: 'https://api.vercel.com',
  docs: [
    'https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user',
    'https://vercel.com/docs/rest-api/authentication/delete-an-authentication-token',
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v2/user',
    headers: bearer,
    live: (a) => {
      const user = safeText(field(a.body, 'user', 'username'), '');
      return `Vercel accepts the token${user ? ` as ${user}` : ''}`;
    },
  }),
  containment: [],
  revokes: ['vercel-token', 'vercel-legacy-token'],
  manualRevocation: 'delete the token at https://vercel.com/account/settings/tokens',
  permissions: 'none: the token deletes itself (DELETE /v3/user/tokens/current)',
  rotates: false,
};
vercel.containment = [
  httpRevokeStep(vercel, {
    title: 'Invalidate the token (DELETE /v3/user/tokens/current)',
    request: (c) => ({ method: 'DELETE', path: '/v3/user/tokens/current', headers: bearer(c) }),
    done: [200, 204],
    gone: [401, 403],
    refused: vercel.manualRevocation,
  }),
  confirmRevokedStep(vercel),
];
