// Notion: GET /v1/users/me returns the integration's bot user.
// Docs: https://developers.notion.com/reference/get-self
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const notion: Provider = {
  id: 'notion',
  name: 'Notion',
  rules: ['notion-integration-token', 'notion-legacy-integration-token'],
  githubSecretTypes: ['notion_integration_token'],
  apiUrl: 'https://api.notion.com',
  docs: ['https://developers.notion.com/reference/get-self'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v1/users/me',
    headers: (c) => ({ ...bearer(c), 'notion-version': '2022-06-28' }),
    invalid: [401],
    live: () => 'Notion accepts the integration token',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'refresh the secret in the integration settings at https://www.notion.so/my-integrations',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
