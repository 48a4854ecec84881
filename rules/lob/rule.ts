import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// lob-api-key: https://docs.lob.com/#tag/Authentication
export const rules: Rule[] = [
  {
    id: 'lob-api-key',
    description: 'Lob API key (`live_`/`test_` and 35 hex) assigned to a Lob setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`\blob[_.-]?(?:live[_.-]?|test[_.-]?|secret[_.-]?)?(?:api[_.-]?)?key`,
      '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    // Names, not the bare word: `lob` is inside `global` and `blob`.
    keywords: ['lob_', 'lob-', 'lob.', 'lobapi', 'lobkey', 'loblive', 'lobtest', 'lobsecret'],
    entropy: 3,
    tags: ['lob', 'saas', 'api-key'],
  },
];
