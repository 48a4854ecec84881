import type { Rule } from '../types.js';

// mercury-api-token: https://docs.mercury.com/reference/getting-started-with-your-api
export const rules: Rule[] = [
  {
    id: 'mercury-api-token',
    description: 'Mercury banking API token (`mercury_production_…_yrucrem`)',
    severity: 'critical',
    regex: /\b(mercury_production_[a-z]{3,6}_[A-Za-z0-9]{40,50}_yrucrem)(?:[^A-Za-z0-9_]|$)/,
    keywords: ['mercury_production_'],
    entropy: 3,
    tags: ['mercury', 'banking', 'api-key'],
  },
];
