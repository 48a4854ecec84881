import type { Rule } from '../types.js';

// tencent-cloud-secret-id: https://www.tencentcloud.com/document/product/598/32675
export const rules: Rule[] = [
  {
    id: 'tencent-cloud-secret-id',
    description: 'Tencent Cloud SecretId (`AKID` and 32 alphanumerics); its SecretKey is usually beside it',
    severity: 'high',
    regex: /\b(AKID[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['akid'],
    entropy: 3,
    tags: ['tencent', 'cloud', 'access-key-id'],
  },
];
