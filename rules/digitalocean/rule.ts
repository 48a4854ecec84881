import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'digitalocean-pat',
    description: 'DigitalOcean personal access token (`dop_v1_…`)',
    severity: 'critical',
    regex: /\b(dop_v1_[a-f0-9]{64})\b/,
    keywords: ['dop_v1_'],
    entropy: 3,
    tags: ['digitalocean', 'cloud', 'api-key'],
  },
  {
    id: 'digitalocean-oauth-token',
    description: 'DigitalOcean OAuth access token (`doo_v1_…`)',
    severity: 'high',
    regex: /\b(doo_v1_[a-f0-9]{64})\b/,
    keywords: ['doo_v1_'],
    entropy: 3,
    tags: ['digitalocean', 'cloud', 'oauth'],
  },
  {
    id: 'digitalocean-refresh-token',
    description: 'DigitalOcean OAuth refresh token (`dor_v1_…`)',
    severity: 'high',
    regex: /\b(dor_v1_[a-f0-9]{64})\b/,
    keywords: ['dor_v1_'],
    entropy: 3,
    tags: ['digitalocean', 'cloud', 'oauth'],
  },
];
