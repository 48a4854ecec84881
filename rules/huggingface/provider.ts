// Hugging Face: GET /api/whoami-v2 names the account and the token's role. Tokens cannot be
// revoked through the Hub API, so revocation is a task.
// Docs: https://huggingface.co/docs/hub/api#get-apiwhoami-v2
import { bearer, field, httpVerifier, safeText } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const huggingface: Provider = {
  id: 'huggingface',
  name: 'Hugging Face',
  rules: ['huggingface-access-token', 'huggingface-organization-token'],
  githubSecretTypes: ['hf_user_access_token', 'hf_org_api_token'],
  apiUrl: 'https://huggingface.co',
  docs: ['https://huggingface.co/docs/hub/api#get-apiwhoami-v2'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/api/whoami-v2',
    headers: bearer,
    invalid: [401],
    live: (a) => {
      const role = safeText(field(a.body, 'auth', 'accessToken', 'role'), '');
      return `Hugging Face accepts the token${role ? ` (role: ${role})` : ''}`;
    },
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'invalidate the token at https://huggingface.co/settings/tokens (⋯ → Invalidate and refresh)',
  permissions: 'verify: none (the leaked token itself)',
  rotates: false,
};
