import type { Rule } from '../types.js';

// posthog-personal-api-key: https://posthog.com/docs/api#personal-api-keys
export const rules: Rule[] = [
  {
    id: 'posthog-personal-api-key',
    description: 'PostHog personal API key (`phx_` and 43 characters)',
    severity: 'high',
    regex: /\b(phx_[A-Za-z0-9_]{43})(?:[^A-Za-z0-9_]|$)/,
    keywords: ['phx_'],
    entropy: 3,
    tags: ['posthog', 'analytics', 'api-key'],
  },
];
