import type { Rule } from '../types.js';

// deepgram-api-key: https://developers.deepgram.com/guides/fundamentals/authenticating
export const rules: Rule[] = [
  {
    id: 'deepgram-api-key',
    description: 'Deepgram API key (40 hex) assigned to DEEPGRAM_API_KEY',
    severity: 'high',
    regex: /\b(?:DEEPGRAM_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['deepgram_api_key'],
    entropy: 3,
    tags: ['deepgram', 'ai', 'api-key'],
  },
];
