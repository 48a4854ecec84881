import type { Rule } from '../types.js';

// devcycle-server-sdk-key: https://docs.devcycle.com/sdk/#sdk-keys
export const rules: Rule[] = [
  {
    id: 'devcycle-server-sdk-key',
    description:
      'DevCycle server SDK key (`dvc_server_` and a key body); client and mobile keys ship in apps and are not reported',
    severity: 'high',
    regex: /\b(dvc_server_[A-Za-z0-9_]{16,100})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['dvc_server_'],
    entropy: 3,
    tags: ['devcycle', 'feature-flags', 'api-key'],
  },
];
