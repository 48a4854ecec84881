import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// A bot token is `<bot id>:<35 characters starting with A>`. The shape alone also fits other
// `digits:letters` pairs, so it is only reported next to its context: a telegram/bot/tg-named
// setting, or the Bot API URL that embeds it.
const TOKEN = String.raw`\d{5,12}:A[A-Za-z0-9_-]{34}`;
const BY_NAME = assignedTo('(?:telegram|tg|bot)', TOKEN).source;
const IN_URL = String.raw`api\.telegram\.org/bot(${TOKEN})(?:[^A-Za-z0-9_-]|$)`;

export const rules: Rule[] = [
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot token, assigned to a telegram/bot-named setting or in a Bot API URL',
    severity: 'high',
    regex: new RegExp(`${BY_NAME}|${IN_URL}`, 'i'),
    keywords: ['telegram', 'tg', 'bot'],
    entropy: 3.5,
    tags: ['telegram', 'chat', 'bot-token'],
  },
];
