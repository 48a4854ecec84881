import type { Rule } from '../types.js';

// wandb-api-key: https://docs.wandb.ai/guides/track/environment-variables/
export const rules: Rule[] = [
  {
    id: 'wandb-api-key',
    description: 'Weights & Biases API key (40 hex) assigned to WANDB_API_KEY',
    severity: 'high',
    regex: /\b(?:WANDB_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['wandb_api_key'],
    entropy: 3,
    tags: ['wandb', 'ai', 'api-key'],
  },
];
