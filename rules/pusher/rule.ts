import type { Rule } from '../types.js';

// pusher-app-secret: https://pusher.com/docs/channels/server_api/http-api/#authentication
export const rules: Rule[] = [
  {
    id: 'pusher-app-secret',
    description: 'Pusher Channels app secret (20 hex) assigned to PUSHER_APP_SECRET',
    severity: 'high',
    regex: /\b(?:PUSHER_APP_SECRET|PUSHER_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{20})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['pusher_app_secret', 'pusher_secret'],
    entropy: 2.5,
    tags: ['pusher', 'realtime', 'api-key'],
  },
];
