import type { Rule } from '../types.js';

// google-chat-webhook-url: https://developers.google.com/workspace/chat/quickstart/webhooks
export const rules: Rule[] = [
  {
    id: 'google-chat-webhook-url',
    description: 'Google Chat incoming webhook URL (key and token): anyone holding it can post to the space',
    severity: 'medium',
    regex:
      /(https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{9,14}\/messages\?key=[A-Za-z0-9_-]{39}&token=[A-Za-z0-9_%=-]{40,60})/,
    keywords: ['chat.googleapis.com/v1/spaces/'],
    entropy: 3,
    tags: ['google-chat', 'chat', 'webhook'],
  },
];
