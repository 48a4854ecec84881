import type { Rule } from '../types.js';

export const rules: Rule[] = [
  {
    id: 'new-relic-user-api-key',
    description: 'New Relic user API key (`NRAK-…`)',
    severity: 'high',
    regex: /\b(NRAK-[A-Z0-9]{27})\b/,
    keywords: ['nrak-'],
    entropy: 3,
    tags: ['newrelic', 'monitoring', 'api-key'],
  },
  {
    id: 'new-relic-browser-api-key',
    description: 'New Relic browser ingest key (`NRJS-…`)',
    severity: 'medium',
    regex: /\b(NRJS-[a-f0-9]{19})\b/,
    keywords: ['nrjs-'],
    entropy: 3,
    tags: ['newrelic', 'monitoring', 'api-key'],
  },
  {
    id: 'new-relic-insert-key',
    description: 'New Relic Insights insert key (`NRII-…`)',
    severity: 'medium',
    regex: /\b(NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['nrii-'],
    entropy: 3,
    tags: ['newrelic', 'monitoring', 'api-key'],
  },
  {
    id: 'new-relic-license-key',
    description: 'New Relic ingest license key (40 characters ending in `NRAL`)',
    severity: 'high',
    regex: /\b([a-z0-9]{36}NRAL)\b/,
    keywords: ['nral'],
    entropy: 3,
    tags: ['newrelic', 'monitoring', 'api-key'],
  },
];
