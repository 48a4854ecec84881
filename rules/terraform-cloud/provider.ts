// HCP Terraform: GET /api/v2/account/details answers for user tokens (team and organization tokens get 404, reported as unknown).
// Docs: https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details
import { bearer, httpVerifier } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const terraformCloud: Provider = {
  id: 'terraform-cloud',
  name: 'HCP Terraform',
  rules: ['terraform-cloud-token'],
  githubSecretTypes: ['terraform_api_token'],
  apiUrl: 'https://app.terraform.io',
  docs: ['https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details'],
  ratePerMinute: 30,
  verify: httpVerifier({
    path: '/api/v2/account/details',
    headers: (c) => ({ ...bearer(c), 'content-type': 'application/vnd.api+json' }),
    invalid: [401],
    live: () => 'HCP Terraform accepts the token',
  }),
  containment: [],
  revokes: [],
  manualRevocation:
    'delete the token at https://app.terraform.io/app/settings/tokens (or the team/organization token page)',
  permissions: 'verify: none (the leaked credential itself)',
  rotates: false,
};
