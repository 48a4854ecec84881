import type { Rule } from '../types.js';

// maxmind-license-key: https://dev.maxmind.com/geoip/updating-databases
export const rules: Rule[] = [
  {
    id: 'maxmind-license-key',
    description: 'MaxMind license key (`<6>_<29>_mmk`)',
    severity: 'medium',
    regex: /\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\b/,
    keywords: ['_mmk'],
    entropy: 3,
    tags: ['maxmind', 'geoip', 'api-key'],
  },
];
