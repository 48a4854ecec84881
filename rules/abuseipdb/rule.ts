import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// abuseipdb-api-key: https://docs.abuseipdb.com/#introduction
export const rules: Rule[] = [
  {
    id: 'abuseipdb-api-key',
    description: 'AbuseIPDB API key (80 hex) assigned to an AbuseIPDB key setting',
    severity: 'high',
    regex: assignedTo(String.raw`abuse[_.-]?ipdb[\w.-]{0,20}?(?:api[_.-]?)?key`, '[a-f0-9]{80}', '(?:[^a-z0-9]|$)'),
    keywords: ['abuseipdb', 'abuse_ipdb', 'abuse-ipdb'],
    entropy: 3,
    tags: ['abuseipdb', 'security', 'api-key'],
  },
];
