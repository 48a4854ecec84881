import type { Rule } from '../types.js';

// rubygems-api-key: https://guides.rubygems.org/api-key-scopes/
export const rules: Rule[] = [
  {
    id: 'rubygems-api-key',
    description: 'RubyGems.org API key (`rubygems_` and 48 hex): pushes and yanks gems',
    severity: 'critical',
    regex: /\b(rubygems_[a-f0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ['rubygems_'],
    entropy: 3,
    tags: ['rubygems', 'package-registry', 'api-key'],
  },
];
