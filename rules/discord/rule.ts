import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

/** A bot token's first part is the base64 of the bot's numeric user id (a snowflake). */
function startsWithSnowflake(secret: string): boolean {
  const id = Buffer.from(secret.slice(0, secret.indexOf('.')), 'base64url').toString('latin1');
  return /^\d{17,20}$/.test(id);
}

export const rules: Rule[] = [
  {
    id: 'discord-bot-token',
    description: 'Discord bot token (base64 user id . timestamp . HMAC)',
    severity: 'high',
    regex: /\b([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ['discord'],
    entropy: 4,
    validate: startsWithSnowflake,
    tags: ['discord', 'chat', 'bot-token'],
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL: anyone holding it can post to the channel',
    severity: 'medium',
    regex:
      /(https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['discord'],
    entropy: 3,
    tags: ['discord', 'chat', 'webhook'],
  },
  // discord-client-secret: https://discord.com/developers/docs/topics/oauth2
  {
    id: 'discord-client-secret',
    description: 'Discord OAuth2 application client secret (32 characters) assigned to a Discord setting',
    severity: 'high',
    regex: assignedTo(String.raw`discord[\w.-]{0,20}?client[_.-]?secret`, '[A-Za-z0-9_-]{32}', '(?:[^A-Za-z0-9_-]|$)'),
    keywords: ['discord'],
    entropy: 3,
    tags: ['discord', 'chat', 'client-secret'],
  },
];
