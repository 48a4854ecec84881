import type { Rule } from '../types.js';

// bitwarden-api-key-client-secret: https://bitwarden.com/help/personal-api-key/ (stored by the CLI in data.json: https://bitwarden.com/help/data-storage/)
export const rules: Rule[] = [
  {
    id: 'bitwarden-api-key-client-secret',
    description: 'Bitwarden personal API key client secret in a Bitwarden CLI data.json',
    severity: 'critical',
    regex:
      /"user_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}_token_apiKeyClientSecret"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9]{10,50})"/,
    keywords: ['apikeyclientsecret'],
    entropy: 3,
    tags: ['bitwarden', 'password-manager', 'client-secret'],
  },
];
