import type { Rule } from '../types.js';

// lichess-personal-access-token: https://lichess.org/account/oauth/token (API: https://lichess.org/api#section/Introduction/Authentication)
export const rules: Rule[] = [
  {
    id: 'lichess-personal-access-token',
    description: 'Lichess personal API access token (`lip_` and 16 to 60 characters)',
    severity: 'high',
    regex: /\b(lip_[A-Za-z0-9_]{16,60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['lip_'],
    entropy: 3,
    tags: ['lichess', 'gaming', 'access-token'],
  },
];
