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
];
