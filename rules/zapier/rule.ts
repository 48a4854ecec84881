import type { Rule } from '../types.js';

// zapier-webhook-url: https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks
export const rules: Rule[] = [
  {
    id: 'zapier-webhook-url',
    description: 'Zapier catch hook URL: anyone holding it can trigger the Zap',
    severity: 'medium',
    regex: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[a-z0-9]{5,12}\/?)/,
    keywords: ['hooks.zapier.com/hooks/catch/'],
    entropy: 3,
    tags: ['zapier', 'automation', 'webhook'],
  },
];
