import type { Rule } from '../types.js';

// sonarqube-token: https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
export const rules: Rule[] = [
  {
    id: 'sonarqube-token',
    description: 'SonarQube/SonarCloud token (user `squ_`, project analysis `sqp_`, global analysis `sqa_`)',
    severity: 'high',
    regex: /\b(sq[pau]_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sqp_', 'squ_', 'sqa_'],
    entropy: 3,
    tags: ['sonarqube', 'code-quality', 'api-key'],
  },
];
