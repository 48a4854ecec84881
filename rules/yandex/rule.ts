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
  // yandex-iam-token: https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token
  // `t1.`, a variable base64url header, `.` and an 86-character signature; valid up to 12 hours.
  {
    id: 'yandex-iam-token',
    description:
      'Yandex Cloud IAM token (`t1.` header `.` 86-character signature): acts as the account for up to 12 hours',
    severity: 'high',
    regex: /\b(t1\.[A-Za-z0-9_-]{20,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?:[^A-Za-z0-9_=.-]|$)/,
    keywords: ['t1.'],
    entropy: 3.5,
    tags: ['yandex', 'cloud', 'access-token'],
  },
  // yandex-static-access-key-secret: https://yandex.cloud/en/docs/iam/concepts/authorization/access-key
  // The secret of an S3-compatible static key is `YC` and 38 characters (the key id is `YCA…`, 25).
  {
    id: 'yandex-static-access-key-secret',
    description:
      'Yandex Cloud static access key secret (`YC` and 38 base64url characters) for Object Storage and other S3-style APIs',
    severity: 'high',
    regex: /\b(YC[A-Za-z0-9_-]{38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['yc'],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(2)),
    tags: ['yandex', 'cloud', 'secret-key'],
  },
];
