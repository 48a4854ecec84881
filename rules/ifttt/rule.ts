import type { Rule } from '../types.js';

// ifttt-webhook-key: https://help.ifttt.com/hc/en-us/articles/115010230347-Webhooks-service-FAQ
export const rules: Rule[] = [
  {
    id: 'ifttt-webhook-key',
    description: 'IFTTT Webhooks service key (in a maker.ifttt.com trigger URL): triggers every applet of the account',
    severity: 'medium',
    regex:
      /maker\.ifttt\.com\/trigger\/[A-Za-z0-9_-]{1,64}\/(?:json\/)?with\/key\/([A-Za-z0-9_-]{22,43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['maker.ifttt.com/trigger/'],
    entropy: 3,
    tags: ['ifttt', 'automation', 'webhook'],
  },
];
