import type { Rule } from '../types.js';

// amplitude-secret-key: https://amplitude.com/docs/apis/authentication
export const rules: Rule[] = [
  {
    id: 'amplitude-secret-key',
    description: 'Amplitude secret key (32 hex) assigned to AMPLITUDE_SECRET_KEY',
    severity: 'high',
    regex:
      /\b(?:AMPLITUDE_SECRET_KEY|AMPLITUDE_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['amplitude_secret_key', 'amplitude_api_secret'],
    entropy: 3,
    tags: ['amplitude', 'analytics', 'api-key'],
  },
];
