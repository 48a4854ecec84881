import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// sslmate-api-key: https://sslmate.com/help/reference/apiv2
export const rules: Rule[] = [
  {
    id: 'sslmate-api-key',
    description: 'SSLMate / Cert Spotter API key (36 alphanumerics) assigned to an SSLMate setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:sslmate|certspotter)[\w.-]{0,20}?(?:key|token|secret)`,
      '[A-Za-z0-9]{36}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['sslmate', 'certspotter'],
    entropy: 3,
    tags: ['sslmate', 'pki', 'api-key'],
  },
];
