import type { Rule } from '../types.js';

// nuget-api-key: https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys
export const rules: Rule[] = [
  {
    id: 'nuget-api-key',
    description: 'NuGet.org API key (`oy2` and 43 lower-case alphanumerics): pushes packages',
    severity: 'critical',
    regex: /\b(oy2[a-z0-9]{43})(?:[^A-Za-z0-9]|$)/,
    keywords: ['oy2'],
    entropy: 3,
    tags: ['nuget', 'package-registry', 'api-key'],
  },
];
