import type { Rule } from '../types.js';

// nvidia-api-key: https://docs.api.nvidia.com/nim/docs/api-quickstart
export const rules: Rule[] = [
  {
    id: 'nvidia-api-key',
    description: 'NVIDIA API key (`nvapi-` and 64 characters)',
    severity: 'high',
    regex: /\b(nvapi-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['nvapi-'],
    entropy: 3,
    tags: ['nvidia', 'ai', 'api-key'],
  },
];
