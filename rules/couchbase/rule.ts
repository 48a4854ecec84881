import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// couchbase-capella-api-secret: https://docs.couchbase.com/cloud/management-api-guide/management-api-start.html
export const rules: Rule[] = [
  {
    id: 'couchbase-capella-api-secret',
    description: 'Couchbase Capella management API key secret (base64) assigned to a Capella/Couchbase secret setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`(?:couchbase|capella)[\w.-]{0,20}?secret`,
      '[A-Za-z0-9+/]{60,120}={0,2}',
      '(?:[^A-Za-z0-9+/=]|$)',
    ),
    keywords: ['couchbase', 'capella'],
    entropy: 3,
    tags: ['couchbase', 'database', 'api-key'],
  },
];
