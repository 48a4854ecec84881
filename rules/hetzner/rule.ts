import type { Rule } from '../types.js';

// hetzner-cloud-token: https://docs.hetzner.cloud/#authentication
export const rules: Rule[] = [
  {
    id: 'hetzner-cloud-token',
    description: 'Hetzner Cloud API token (64 characters) assigned to HCLOUD_TOKEN',
    severity: 'critical',
    regex: /\b(?:HCLOUD_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['hcloud_token'],
    entropy: 3,
    tags: ['hetzner', 'cloud', 'api-key'],
  },
];
