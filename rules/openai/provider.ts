// OpenAI: GET /v1/models answers for any working API key (project, service account, user);
// admin keys only reach the organization endpoints, so they list one admin key instead.
// There is no API with which a key revokes itself; an admin key could delete project keys but
// not without naming the project, so revocation stays a task.
// Docs: https://platform.openai.com/docs/api-reference/models/list,
//       https://platform.openai.com/docs/api-reference/admin-api-keys/list
import { bearer, httpVerifier, type HttpAnswer } from '../provider-http.js';
import type { Provider } from '../provider.js';

const keys = httpVerifier({
  path: '/v1/models',
  headers: bearer,
  invalid: [401],
  live: () => 'OpenAI accepts the key (it can list models)',
  classify: (a: HttpAnswer) =>
    a.status === 403
      ? { state: 'live', reason: 'OpenAI accepts the key, but it is restricted (HTTP 403 on models)' }
      : undefined,
});
const admin = httpVerifier({
  path: '/v1/organization/admin_api_keys?limit=1',
  headers: bearer,
  invalid: [401, 403],
  live: () => 'OpenAI accepts the admin key (it can list admin keys)',
});

export const openai: Provider = {
  id: 'openai',
  name: 'OpenAI',
  rules: ['openai-api-key', 'openai-project-api-key', 'openai-service-account-key', 'openai-admin-key'],
  githubSecretTypes: ['openai_api_key'],
  apiUrl: 'https://api.openai.com',
  docs: ['https://platform.openai.com/docs/api-reference/models/list'],
  ratePerMinute: 60,
  verify(c, ctx) {
    return c.ruleId === 'openai-admin-key' ? admin.call(this, c, ctx) : keys.call(this, c, ctx);
  },
  containment: [],
  revokes: [],
  manualRevocation: "delete the key at https://platform.openai.com/api-keys (or the project's API keys page)",
  permissions: 'verify: none (the leaked key itself)',
  rotates: false,
};
