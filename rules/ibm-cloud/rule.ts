import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// ibm-cloud-api-key: https://cloud.ibm.com/docs/account?topic=account-userapikey
export const rules: Rule[] = [
  {
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud API key (44 characters) assigned to an IBM Cloud key setting',
    severity: 'critical',
    regex: assignedTo(String.raw`(?:ibm[_.-]?cloud|ibmcloud|ibm)[\w.-]{0,20}?api[_.-]?key`, '[A-Za-z0-9_-]{44}'),
    keywords: ['ibm'],
    entropy: 3,
    tags: ['ibm-cloud', 'cloud', 'api-key'],
  },
];
