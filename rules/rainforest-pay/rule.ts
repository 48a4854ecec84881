import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// rainforest-pay-api-key: https://docs.rainforestpay.com/docs/authentication
export const rules: Rule[] = [
  {
    id: 'rainforest-pay-api-key',
    description: 'Rainforest Pay API key (`apikey_` and 64 hex) assigned to a Rainforest setting',
    severity: 'critical',
    regex: assignedTo(String.raw`rainforest[\w.-]{0,20}?(?:secret|key|token)`, 'apikey_[a-f0-9]{64}'),
    keywords: ['rainforest'],
    entropy: 3,
    tags: ['rainforest-pay', 'payments', 'api-key'],
  },
];
