import type { Rule } from '../types.js';

// linode-api-token: https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens
export const rules: Rule[] = [
  {
    id: 'linode-api-token',
    description: 'Linode (Akamai) personal access token (64 hex) assigned to a Linode token setting',
    severity: 'critical',
    regex:
      /\b(?:LINODE_TOKEN|LINODE_CLI_TOKEN|LINODE_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['linode_token', 'linode_cli_token', 'linode_api_token'],
    entropy: 3,
    tags: ['linode', 'cloud', 'api-key'],
  },
];
