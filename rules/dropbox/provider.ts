// Dropbox: users/get_current_account answers for any working user access token, and
// auth/token/revoke disables the token the call is made with (and the refresh token behind it,
// with every other access token minted from that), so a leaked token revokes itself. Both are
// RPC endpoints without arguments: the body is JSON `null`.
// Docs: https://www.dropbox.com/developers/documentation/http/documentation#users-get_current_account,
//       https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

const rpc = (c: { secret: string }) => ({ ...bearer(c), 'content-type': 'application/json' });

export const dropbox: Provider = {
  id: 'dropbox',
  name: 'Dropbox',
  rules: ['dropbox-access-token'],
  githubSecretTypes: ['dropbox_access_token', 'dropbox_short_lived_access_token'],
  apiUrl: 'https://api.dropboxapi.com',
  docs: [
    'https://www.dropbox.com/developers/documentation/http/documentation#users-get_current_account',
    'https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke',
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: 'POST',
    path: '/2/users/get_current_account',
    headers: rpc,
    body: 'null',
    // 400 is Dropbox's answer to an authorization header it cannot parse as a token.
    invalid: [400, 401],
    live: (a) => {
      const kind = safeText(field(a.body, 'account_type', '.tag'), '');
      return `Dropbox accepts the token${kind ? ` (${kind} account)` : ''}`;
    },
  }),
  containment: [],
  revokes: ['dropbox-access-token'],
  manualRevocation:
    'disconnect the app at https://www.dropbox.com/account/connected_apps (or, as its developer, regenerate its tokens in the App Console)',
  permissions: 'none: the token revokes itself (POST /2/auth/token/revoke)',
  rotates: false,
};

dropbox.containment = [
  httpRevokeStep(dropbox, {
    title: 'Revoke the token and its refresh token (POST /2/auth/token/revoke, as the token itself)',
    request: (c) => ({ method: 'POST', path: '/2/auth/token/revoke', headers: rpc(c), body: 'null' }),
    done: [200],
    refused: dropbox.manualRevocation,
  }),
  confirmRevokedStep(dropbox),
];
