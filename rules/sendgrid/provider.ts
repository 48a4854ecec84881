// SendGrid: GET /v3/scopes verifies and lists what the key may do. A key is `SG.<id>.<secret>`,
// and a key with `api_keys.delete` can delete itself by that id (DELETE /v3/api_keys/{id}).
// Docs: https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access,
//       https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';
import { confirmRevokedStep, httpRevokeStep } from '../provider-steps.js';

function scopes(body: unknown): string[] {
  const s = (body as { scopes?: unknown })?.scopes;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string' && /^[a-z0-9._-]{1,64}$/.test(x)) : [];
}

export const sendgrid: Provider = {
  id: 'sendgrid',
  name: 'SendGrid',
  rules: ['sendgrid-api-key'],
  githubSecretTypes: ['sendgrid_api_key'],
  apiUrl: 'https://api.sendgrid.com',
  docs: [
    'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions',
    'https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys',
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v3/scopes',
    headers: bearer,
    live: (a) => {
      const s = scopes(a.body);
      return `SendGrid accepts the key (${s.length} scopes${s.includes('mail.send') ? ', including mail.send' : ''})`;
    },
  }),
  containment: [],
  revokes: ['sendgrid-api-key'],
  manualRevocation: 'delete the key at https://app.sendgrid.com/settings/api_keys',
  permissions: 'none: a key with the api_keys.delete scope deletes itself; otherwise a person does',
  rotates: false,
};
sendgrid.containment = [
  httpRevokeStep(sendgrid, {
    title: 'Delete the key (DELETE /v3/api_keys/{id}, as the key itself)',
    request: (c) => {
      const id = /^SG\.([\w-]{16,32})\./.exec(c.secret)?.[1];
      if (!id) return { outcome: 'task', detail: `the key's id cannot be read from it: ${sendgrid.manualRevocation}` };
      return { method: 'DELETE', path: `/v3/api_keys/${id}`, headers: bearer(c) };
    },
    done: [204],
    refused: sendgrid.manualRevocation,
  }),
  confirmRevokedStep(sendgrid),
];
