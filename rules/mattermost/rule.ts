import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// mattermost-access-token: https://developers.mattermost.com/integrate/reference/personal-access-token/
export const rules: Rule[] = [
  {
    id: 'mattermost-access-token',
    description: 'Mattermost personal access or bot token (26 characters) assigned to a Mattermost setting',
    severity: 'high',
    regex: assignedTo(String.raw`mattermost[\w.-]{0,20}?token`, '[a-z0-9]{26}', '(?:[^A-Za-z0-9]|$)'),
    keywords: ['mattermost'],
    entropy: 3,
    tags: ['mattermost', 'chat', 'access-token'],
  },
];
