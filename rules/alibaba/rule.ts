import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// alibaba-access-key-id: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
export const rules: Rule[] = [
  {
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID (`LTAI` and 20 alphanumerics); its secret is usually beside it',
    severity: 'high',
    regex: /\b(LTAI[A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/,
    keywords: ['ltai'],
    entropy: 3,
    tags: ['alibaba', 'cloud', 'access-key-id'],
  },
  // alibaba-access-key-secret: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  {
    id: 'alibaba-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret (30 alphanumerics) assigned to an Alibaba setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`alibaba[\w.-]{0,20}?(?:access[_.-]?key[_.-]?)?secret`,
      '[A-Za-z0-9]{30}',
      '(?:[^A-Za-z0-9_-]|$)',
    ),
    keywords: ['alibaba'],
    entropy: 3,
    tags: ['alibaba', 'cloud', 'secret-key'],
  },
];
