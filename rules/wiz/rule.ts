import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// wiz-client-secret: https://win.wiz.io/reference/prerequisites
export const rules: Rule[] = [
  {
    id: 'wiz-client-secret',
    description: 'Wiz service-account client secret (64 alphanumerics) assigned to a Wiz setting',
    severity: 'critical',
    regex: assignedTo(String.raw`\bwiz[\w.-]{0,20}?(?:client[_.-]?)?secret`, '[A-Za-z0-9]{64}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['wiz'],
    entropy: 3,
    tags: ['wiz', 'security', 'client-secret'],
  },
];
