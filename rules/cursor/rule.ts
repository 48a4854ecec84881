import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// cursor-api-key: https://docs.cursor.com/account/api-keys
export const rules: Rule[] = [
  {
    id: 'cursor-api-key',
    description: 'Cursor API key (`key_` and 64 hex) assigned to a Cursor setting',
    severity: 'high',
    regex: assignedTo('cursor[_.-]?(?:admin[_.-]?)?(?:api[_.-]?)?key', 'key_[a-f0-9]{64}', '(?:[^A-Za-z0-9]|$)'),
    // Names, not the bare word: `cursor` is in every database client, and the prefilter should
    // not send those files here.
    keywords: [
      'cursor_api_key',
      'cursor-api-key',
      'cursorapikey',
      'cursor_key',
      'cursor-key',
      'cursorkey',
      'cursor_admin',
      'cursor-admin',
      'cursoradmin',
    ],
    entropy: 3,
    tags: ['cursor', 'ai', 'api-key'],
  },
];
