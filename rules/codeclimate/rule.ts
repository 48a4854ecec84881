import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// codeclimate-test-reporter-id: https://docs.codeclimate.com/docs/finding-your-test-coverage-token
// (CC_TEST_REPORTER_ID; the old reporters' CODECLIMATE_REPO_TOKEN, as in Nosey Parker np.codeclimate.1)
export const rules: Rule[] = [
  {
    id: 'codeclimate-test-reporter-id',
    description: 'Code Climate test reporter id (64 hex) assigned to its setting',
    severity: 'medium',
    regex: assignedTo(
      '(?:(?:cc|code[_.-]?climate)[_.-]?(?:test[_.-]?)?reporter[_.-]?id|code[_.-]?climate[_.-]?repo[_.-]?token)',
      '[a-f0-9]{64}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['reporter_id', 'reporter-id', 'reporterid', 'codeclimate'],
    entropy: 3,
    tags: ['codeclimate', 'ci', 'access-token'],
  },
];
