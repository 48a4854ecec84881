import type { Rule } from '../types.js';

// vultr-api-key: https://docs.vultr.com/platform/other/api-keys
export const rules: Rule[] = [
  {
    id: 'vultr-api-key',
    description: 'Vultr API key (36 upper-case alphanumerics) assigned to VULTR_API_KEY',
    severity: 'critical',
    regex: /\b(?:VULTR_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Z0-9]{36})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['vultr_api_key'],
    entropy: 3,
    tags: ['vultr', 'cloud', 'api-key'],
  },
];
