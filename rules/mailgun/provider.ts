// Mailgun: listing one domain with HTTP basic auth (user api).
// Docs: https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const mailgun: Provider = {
  id: 'mailgun',
  name: 'Mailgun',
  rules: ['mailgun-api-key', 'mailgun-private-api-key'],
  githubSecretTypes: ['mailgun_api_key'],
  apiUrl: 'https://api.mailgun.net',
  docs: ['https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v3/domains?limit=1',
    headers: (c) => ({ authorization: `Basic ${Buffer.from(`api:${c.secret}`).toString('base64')}` }),
    invalid: [401, 403],
    live: () => 'Mailgun accepts the key (US region; set LEAKHOUND_MAILGUN_API_URL for EU)',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'delete the key at https://app.mailgun.com/settings/api_security',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
