import type { Rule } from '../types.js';

// wakatime-api-key: https://wakatime.com/developers#authentication
export const rules: Rule[] = [
  {
    id: 'wakatime-api-key',
    description: 'WakaTime API key (`waka_` and a UUID)',
    severity: 'high',
    regex:
      /\b(waka_(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-z0-9]{36,64}))(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['waka_'],
    entropy: 3,
    tags: ['wakatime', 'saas', 'api-key'],
  },
];
