import type { Rule } from '../types.js';

// dependency-track-api-key: https://docs.dependencytrack.org/integrations/rest-api/
export const rules: Rule[] = [
  {
    id: 'dependency-track-api-key',
    description:
      "OWASP Dependency-Track API key (`odt_`): uploads SBOMs and reads the portfolio with its team's permissions",
    severity: 'high',
    regex: /\b(odt_[A-Za-z0-9]{32,64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['odt_'],
    entropy: 3,
    tags: ['dependency-track', 'supply-chain', 'api-key'],
  },
];
