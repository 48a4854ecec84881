// Anthropic: GET /v1/models answers for any working API key; admin keys reach only the
// organization endpoints. Revoking an API key needs an admin key and the key's id, which a
// leaked key does not reveal, so it is a task.
// Docs: https://docs.anthropic.com/en/api/models-list, https://docs.anthropic.com/en/api/admin-api/users/list-users
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

const headers = ({ secret }: { secret: string }) => ({ 'x-api-key': secret, 'anthropic-version': '2023-06-01' });
const key = httpVerifier({
  path: '/v1/models?limit=1',
  headers,
  live: () => 'Anthropic accepts the key (it can list models)',
});
const admin = httpVerifier({
  path: '/v1/organizations/users?limit=1',
  headers,
  live: () => 'Anthropic accepts the admin key (it can list organization members)',
});

export const anthropic: Provider = {
  id: 'anthropic',
  name: 'Anthropic',
  rules: ['anthropic-api-key', 'anthropic-admin-key'],
  githubSecretTypes: ['anthropic_api_key', 'anthropic_admin_api_key'],
  apiUrl: 'https://api.anthropic.com',
  docs: ['https://docs.anthropic.com/en/api/models-list'],
  ratePerMinute: 50,
  verify(c, ctx) {
    return c.ruleId === 'anthropic-admin-key' ? admin.call(this, c, ctx) : key.call(this, c, ctx);
  },
  containment: [],
  revokes: [],
  manualRevocation: 'disable or delete the key at https://console.anthropic.com/settings/keys',
  permissions: 'verify: none (the leaked key itself)',
  rotates: false,
};
