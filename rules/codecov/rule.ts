import type { Rule } from '../types.js';

// codecov-upload-token: https://docs.codecov.com/docs/codecov-tokens
export const rules: Rule[] = [
  {
    id: 'codecov-upload-token',
    description: 'Codecov upload token (a UUID) assigned to CODECOV_TOKEN',
    severity: 'medium',
    regex:
      /\b(?:CODECOV_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['codecov_token'],
    entropy: 2.5,
    tags: ['codecov', 'ci', 'api-key'],
  },
];
