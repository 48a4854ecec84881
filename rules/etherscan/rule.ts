import type { Rule } from '../types.js';

// etherscan-api-key: https://docs.etherscan.io/getting-started/viewing-api-usage-statistics
export const rules: Rule[] = [
  {
    id: 'etherscan-api-key',
    description: 'Etherscan API key (34 characters) assigned to ETHERSCAN_API_KEY',
    severity: 'low',
    regex: /\b(?:ETHERSCAN_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Z0-9]{34})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['etherscan_api_key'],
    entropy: 3,
    tags: ['etherscan', 'blockchain', 'api-key'],
  },
];
