import type { Rule } from '../types.js';

// twitch-oauth-token: https://dev.twitch.tv/docs/irc/authenticate-bot/
export const rules: Rule[] = [
  {
    id: 'twitch-oauth-token',
    description: 'Twitch OAuth token in its chat (IRC) form (`oauth:` and 30 characters)',
    severity: 'high',
    regex: /\boauth:([a-z0-9]{30})(?:[^A-Za-z0-9]|$)/,
    keywords: ['oauth:'],
    entropy: 3,
    tags: ['twitch', 'streaming', 'oauth'],
  },
];
