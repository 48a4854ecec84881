import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// cisco-meraki-api-key: https://developer.cisco.com/meraki/api-v1/authorization/
export const rules: Rule[] = [
  {
    id: 'cisco-meraki-api-key',
    description: 'Cisco Meraki Dashboard API key (40 hex) assigned to a Meraki key setting',
    severity: 'critical',
    regex: assignedTo(String.raw`meraki[\w.-]{0,20}?(?:api[_.-]?)?key`, '[a-f0-9]{40}', '(?:[^a-z0-9]|$)'),
    keywords: ['meraki'],
    entropy: 3,
    tags: ['meraki', 'network', 'api-key'],
  },
];
