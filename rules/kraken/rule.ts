import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// kraken-api-secret: https://docs.kraken.com/api/docs/guides/spot-rest-auth
export const rules: Rule[] = [
  {
    id: 'kraken-api-secret',
    description: 'Kraken exchange API private key (88 base64) assigned to a Kraken setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`kraken[\w.-]{0,20}?(?:secret|private[_.-]?key|api[_.-]?key)`,
      '[A-Za-z0-9+/]{86}==',
      '(?:[^A-Za-z0-9+/=]|$)',
    ),
    keywords: ['kraken'],
    entropy: 3,
    tags: ['kraken', 'crypto', 'api-key'],
  },
];
