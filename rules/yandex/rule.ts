import type { Rule } from '../types.js';

// yandex-cloud-api-key: https://yandex.cloud/en/docs/iam/concepts/authorization/api-key
export const rules: Rule[] = [
  {
    id: 'yandex-cloud-api-key',
    description: 'Yandex Cloud API key (`AQVN` and 35-38 characters)',
    severity: 'high',
    regex: /\b(AQVN[A-Za-z0-9_-]{35,38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['aqvn'],
    entropy: 3,
    tags: ['yandex', 'cloud', 'api-key'],
  },
];
