import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// finicity-app-key: https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/
// finicity-partner-secret: https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/
export const rules: Rule[] = [
  {
    id: 'finicity-app-key',
    description: 'Finicity (Mastercard Open Banking) app key (32 hex) assigned to a Finicity setting',
    severity: 'high',
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?(?:app[_.-]?)?key`, '[a-f0-9]{32}'),
    keywords: ['finicity'],
    entropy: 3,
    tags: ['finicity', 'finance', 'api-key'],
  },
  {
    id: 'finicity-partner-secret',
    description:
      'Finicity (Mastercard Open Banking) partner secret (20 alphanumerics) assigned to a Finicity secret setting',
    severity: 'critical',
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?secret`, '[A-Za-z0-9]{20}'),
    keywords: ['finicity'],
    entropy: 3,
    tags: ['finicity', 'finance', 'client-secret'],
  },
];
