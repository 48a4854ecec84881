import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// box-api-token: https://developer.box.com/guides/authentication/tokens/developer-tokens/
export const rules: Rule[] = [
  {
    id: 'box-api-token',
    description: 'Box developer token, access token or client secret (32 alphanumerics) assigned to a Box setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`\bbox[_.-]?(?:developer[_.-]?token|access[_.-]?token|api[_.-]?(?:key|token)|client[_.-]?secret)`,
      '[A-Za-z0-9]{32}',
    ),
    keywords: [
      'box_developer',
      'box_access',
      'box_api',
      'box_client_secret',
      'boxdeveloper',
      'boxaccess',
      'boxapi',
      'boxclientsecret',
    ],
    entropy: 3,
    tags: ['box', 'storage', 'access-token'],
  },
];
