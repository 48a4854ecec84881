import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// Current API keys: `HRKU-AA` + 58 base64url characters. Legacy keys are bare UUIDs, which are
// everywhere, so they are only reported when assigned to a heroku-named key/token setting.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const rules: Rule[] = [
  {
    id: 'heroku-api-key',
    description: 'Heroku API key (`HRKU-AA…`)',
    severity: 'critical',
    regex: /\b(HRKU-AA[A-Za-z0-9_-]{58})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['hrku-aa'],
    entropy: 4,
    tags: ['heroku', 'cloud', 'api-key'],
  },
  {
    id: 'heroku-legacy-api-key',
    description: 'Heroku API key in the legacy UUID format, assigned to a heroku-named key or token',
    severity: 'critical',
    regex: assignedTo(
      String.raw`heroku[\w.-]{0,20}?(?:api|key|token|secret|auth|pass)`,
      UUID,
      String.raw`(?:[^a-z0-9-]|$)`,
    ),
    keywords: ['heroku'],
    entropy: 3,
    tags: ['heroku', 'cloud', 'api-key'],
  },
];
