import type { Rule } from '../types.js';

// authress-service-client-access-key: https://authress.io/knowledge-base/docs/authentication/service-clients
export const rules: Rule[] = [
  {
    id: 'authress-service-client-access-key',
    description: 'Authress service client access key (`sc_…`/`ext_…` id, `.acc_` key id and private key)',
    severity: 'critical',
    regex:
      /\b((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?:[^A-Za-z0-9+/_=.-]|$)/i,
    keywords: ['.acc_', '.acc-'],
    entropy: 3,
    tags: ['authress', 'auth', 'access-key'],
  },
];
