import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// virustotal-api-key: https://docs.virustotal.com/reference/authentication
export const rules: Rule[] = [
  {
    id: 'virustotal-api-key',
    description: 'VirusTotal API key (64 hex) assigned to a VirusTotal key setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:virus[_.-]?total|\bvt)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      '[a-f0-9]{64}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['virustotal', 'virus_total', 'vt_api', 'vt-api', 'vt_key'],
    entropy: 3,
    tags: ['virustotal', 'security', 'api-key'],
  },
];
