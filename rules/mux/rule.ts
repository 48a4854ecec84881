import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// mux-token-secret: https://docs.mux.com/core/make-api-requests#http-basic-auth
export const rules: Rule[] = [
  {
    id: 'mux-token-secret',
    description: 'Mux access token secret (75 base64) assigned to MUX_TOKEN_SECRET or a Mux setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`\bmux[_.-]?(?:access[_.-]?)?token[_.-]?secret`,
      '[A-Za-z0-9+/]{75}',
      '(?:[^A-Za-z0-9+/]|$)',
    ),
    keywords: ['mux_token', 'mux-token', 'muxtoken', 'mux_access', 'muxaccess'],
    entropy: 3,
    tags: ['mux', 'media', 'client-secret'],
  },
];
