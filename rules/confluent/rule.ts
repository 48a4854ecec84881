import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// confluent-cloud-api-secret: https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
export const rules: Rule[] = [
  {
    id: 'confluent-cloud-api-secret',
    description: 'Confluent Cloud API secret (64 characters) assigned to a Confluent secret setting',
    severity: 'critical',
    regex: assignedTo(String.raw`confluent[\w.-]{0,20}?secret`, '[A-Za-z0-9+/]{64}', '(?:[^A-Za-z0-9+/]|$)'),
    keywords: ['confluent'],
    entropy: 3,
    tags: ['confluent', 'streaming', 'client-secret'],
  },
];
