import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// jumpcloud-api-key: https://docs.jumpcloud.com/api/authentication-and-authorization/authentication-and-authorization-overview
export const rules: Rule[] = [
  {
    id: 'jumpcloud-api-key',
    description: 'JumpCloud API key (40 characters) assigned to a JumpCloud setting',
    severity: 'critical',
    regex: assignedTo(String.raw`(?:jumpcloud|\bjc)[\w.-]{0,20}?api[_.-]?key`, '[a-z0-9]{40}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['jumpcloud', 'jc_api_key', 'jc-api-key'],
    entropy: 3,
    tags: ['jumpcloud', 'identity', 'api-key'],
  },
];
