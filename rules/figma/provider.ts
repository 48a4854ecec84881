// Figma: GET /v1/me answers for any working personal access token.
// Docs: https://www.figma.com/developers/api#get-me-endpoint
import { httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const figma: Provider = {
  id: 'figma',
  name: 'Figma',
  rules: ['figma-personal-access-token', 'figma-legacy-token'],
  githubSecretTypes: ['figma_personal_access_token'],
  apiUrl: 'https://api.figma.com',
  docs: ['https://www.figma.com/developers/api#get-me-endpoint'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/v1/me',
    headers: (c) => ({ 'x-figma-token': c.secret }),
    live: () => 'Figma accepts the token',
  }),
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the token in Figma: Settings → Security → Personal access tokens',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
