// New Relic: a NerdGraph query for the key's own user.
// Docs: https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const newrelic: Provider = {
  id: 'newrelic',
  name: 'New Relic',
  rules: ['new-relic-user-api-key'],
  githubSecretTypes: ['new_relic_user_api_key'],
  apiUrl: 'https://api.newrelic.com',
  docs: ['https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/'],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: 'POST',
    path: '/graphql',
    headers: (c) => ({ 'api-key': c.secret }),
    body: { query: '{ actor { user { id } } }' },
    invalid: [401, 403],
    classify: (a) =>
      a.status === 200 && (a.body as { errors?: unknown })?.errors
        ? { state: 'invalid', reason: 'New Relic rejected the key (NerdGraph error)' }
        : undefined,
    live: () => 'New Relic accepts the user key (US region)',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'delete the key at https://one.newrelic.com/api-keys',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
