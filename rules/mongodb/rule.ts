import type { Rule } from '../types.js';

// mongodb-atlas-service-account-secret: https://www.mongodb.com/docs/atlas/api/service-accounts-overview/
export const rules: Rule[] = [
  {
    id: 'mongodb-atlas-service-account-secret',
    description: 'MongoDB Atlas service account client secret (`mdb_sa_sk_` and 40 characters)',
    severity: 'critical',
    regex: /\b(mdb_sa_sk_[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['mdb_sa_sk_'],
    entropy: 3,
    tags: ['mongodb', 'database', 'client-secret'],
  },
];
