import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// bitrise-access-token: https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html
export const rules: Rule[] = [
  {
    id: 'bitrise-access-token',
    description:
      'Bitrise personal or workspace access token (60 to 120 characters) assigned to a Bitrise token setting',
    severity: 'high',
    regex: assignedTo(String.raw`bitrise[\w.-]{0,20}?token`, '[A-Za-z0-9_-]{60,120}'),
    keywords: ['bitrise'],
    entropy: 3,
    tags: ['bitrise', 'ci', 'access-token'],
  },
];
