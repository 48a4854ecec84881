// Doppler: GET /v3/me describes the token a request is made with, and POST /v3/auth/revoke
// revokes the token named in the body; sent with that same token, a leaked token revokes itself.
// Docs: https://docs.doppler.com/reference/auth-me,
//       https://docs.doppler.com/reference/auth-revoke,
//       https://docs.doppler.com/reference/api (token kinds, bearer authentication)
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

export const doppler: Provider = {
  id: 'doppler',
  name: 'Doppler',
  rules: ['doppler-token'],
  githubSecretTypes: [
    'doppler_personal_token',
    'doppler_service_token',
    'doppler_cli_token',
    'doppler_scim_token',
    'doppler_audit_token',
    'doppler_service_account_token',
  ],
  apiUrl: 'https://api.doppler.com',
  docs: [
    'https://docs.doppler.com/reference/auth-me',
    'https://docs.doppler.com/reference/auth-revoke',
    'https://docs.doppler.com/reference/api',
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v3/me',
    headers: bearer,
    invalid: [401],
    live: (a) => {
      const details = [
        safeText(field(a.body, 'type'), ''),
        safeText(field(a.body, 'workplace', 'name'), '')?.replace(/^/, 'workplace '),
      ].filter(Boolean);
      return `Doppler accepts the token${details.length ? ` (${details.join(', ')})` : ''}`;
    },
  }),
  containment: [],
  revokes: ['doppler-token'],
  manualRevocation:
    'revoke the token in the Doppler dashboard (Tokens for personal/CLI tokens, Project → Config → Access for service tokens, Team → Service Accounts for service account tokens)',
  permissions: 'none: the token revokes itself (POST /v3/auth/revoke)',
  rotates: false,
};

doppler.containment = [
  httpRevokeStep(doppler, {
    title: 'Revoke the token (POST /v3/auth/revoke, as the token itself)',
    request: (c) => ({ method: 'POST', path: '/v3/auth/revoke', headers: bearer(c), body: { token: c.secret } }),
    done: [200, 204],
    refused: doppler.manualRevocation,
  }),
  confirmRevokedStep(doppler),
];
