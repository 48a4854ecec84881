import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// miro-access-token: https://developers.miro.com/docs/getting-started-with-oauth
// miro-client-secret: https://developers.miro.com/docs/getting-started-with-oauth
export const rules: Rule[] = [
  {
    id: 'miro-access-token',
    description: 'Miro REST API access token (base64url of `{"miro` then a key id and body)',
    severity: 'high',
    regex: /\b(eyJtaXJv[A-Za-z0-9-]{10,64}_[A-Za-z0-9_-]{20,64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['eyjtaxjv'],
    entropy: 3,
    tags: ['miro', 'saas', 'access-token'],
  },
  {
    id: 'miro-client-secret',
    description: 'Miro app client secret (32 alphanumerics) assigned to a Miro secret setting',
    severity: 'high',
    regex: assignedTo(String.raw`miro[\w.-]{0,20}?secret`, '[A-Za-z0-9]{32}'),
    keywords: ['miro'],
    entropy: 3,
    tags: ['miro', 'saas', 'client-secret'],
  },
];
