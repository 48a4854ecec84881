import type { Rule } from '../types.js';

// launchdarkly-key: https://launchdarkly.com/docs/home/account/api
export const rules: Rule[] = [
  {
    id: 'launchdarkly-key',
    description: 'LaunchDarkly API access token or SDK key (`api-`/`sdk-` and a UUID) where LaunchDarkly is named',
    severity: 'high',
    regex: /\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['launchdarkly', 'ldclient'],
    entropy: 2.5,
    tags: ['launchdarkly', 'feature-flags', 'api-key'],
  },
];
