// Groq: GET /openai/v1/models answers for any working key. No revocation API.
// Docs: https://console.groq.com/docs/api-reference#models-list
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const groq: Provider = {
  id: 'groq',
  name: 'Groq',
  rules: ['groq-api-key'],
  githubSecretTypes: ['groq_api_key'],
  apiUrl: 'https://api.groq.com',
  docs: ['https://console.groq.com/docs/api-reference#models-list'],
  ratePerMinute: 30,
  verify: httpVerifier({
    path: '/openai/v1/models',
    headers: bearer,
    invalid: [401],
    live: () => 'Groq accepts the key',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'delete the key at https://console.groq.com/keys',
  permissions: 'verify: none (the leaked key itself)',
  rotates: false,
};
