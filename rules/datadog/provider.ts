// Datadog: GET /api/v1/validate checks an API key. Application keys need an API key beside them and are not probed.
// Docs: https://docs.datadoghq.com/api/latest/authentication/#validate-api-key
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const datadog: Provider = {
  id: 'datadog',
  name: 'Datadog',
  rules: ['datadog-api-key'],
  githubSecretTypes: ['datadog_api_key'],
  apiUrl: 'https://api.datadoghq.com',
  docs: ['https://docs.datadoghq.com/api/latest/authentication/#validate-api-key'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/api/v1/validate',
    headers: (c) => ({ 'dd-api-key': c.secret }),
    live: () => 'Datadog accepts the API key (US1 site; set LEAKHOUND_DATADOG_API_URL for another site)',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the key in Organization Settings → API Keys',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
