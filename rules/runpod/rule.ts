import type { Rule } from '../types.js';

// runpod-api-key: https://docs.runpod.io/get-started/api-keys
export const rules: Rule[] = [
  {
    id: 'runpod-api-key',
    description: 'RunPod API key (`rpa_` and 46 alphanumerics)',
    severity: 'high',
    regex: /\b(rpa_[A-Z0-9]{40}[A-Za-z0-9]{6})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['rpa_'],
    entropy: 3,
    tags: ['runpod', 'ai', 'api-key'],
  },
];
