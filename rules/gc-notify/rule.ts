import type { Rule } from '../types.js';

// gc-notify-api-key: https://documentation.notification.canada.ca/en/keys.html
export const rules: Rule[] = [
  {
    id: 'gc-notify-api-key',
    description: 'GC Notify (Canadian Digital Service) API key (`gcntfy-`, key name, service id and secret UUIDs)',
    severity: 'high',
    regex:
      /\b(gcntfy-[a-z0-9_]{1,64}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['gcntfy-'],
    entropy: 3,
    tags: ['gc-notify', 'messaging', 'api-key'],
  },
];
