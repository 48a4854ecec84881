import type { Rule } from '../types.js';

// travis-ci-api-token: https://docs.travis-ci.com/user/triggering-builds/
export const rules: Rule[] = [
  {
    id: 'travis-ci-api-token',
    description: 'Travis CI API token (22 characters) assigned to a Travis token setting',
    severity: 'high',
    regex:
      /\b(?:TRAVIS_API_TOKEN|TRAVIS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['travis_api_token', 'travis_token'],
    entropy: 3,
    tags: ['travis-ci', 'ci', 'api-key'],
  },
];
