import type { Rule } from '../types.js';

// wandb-api-key: https://docs.wandb.ai/guides/track/environment-variables/
// wandb-api-key-v1: the prefixed format of newer keys (`wandb_v1_` + 77; Betterleaks'
// weights-and-biases-api-key-v1 agrees).
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
  {
    id: 'wandb-api-key-v1',
    description: 'Weights & Biases API key, v1 format (`wandb_v1_` and 77 characters)',
    severity: 'high',
    regex: /\b(wandb_v1_[A-Za-z0-9_]{77})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['wandb_v1_'],
    entropy: 3.5,
    tags: ['wandb', 'ai', 'api-key'],
  },
];
