import type { Rule } from '../types.js';

// elevenlabs-api-key: https://elevenlabs.io/docs/api-reference/authentication
export const rules: Rule[] = [
  {
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key (`sk_` and 48 hex)',
    severity: 'high',
    regex: /\b(sk_[a-f0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sk_'],
    entropy: 3,
    tags: ['elevenlabs', 'ai', 'api-key'],
  },
];
