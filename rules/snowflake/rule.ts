import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// snowflake-programmatic-access-token: https://docs.snowflake.com/en/user-guide/programmatic-access-tokens
export const rules: Rule[] = [
  {
    id: 'snowflake-programmatic-access-token',
    description: 'Snowflake programmatic access token (100 to 500 characters) assigned to a Snowflake token setting',
    severity: 'critical',
    regex: assignedTo(String.raw`snowflake[\w.-]{0,20}?(?:token|pat)\b`, '[A-Za-z0-9_-]{100,500}'),
    keywords: ['snowflake'],
    entropy: 3.5,
    tags: ['snowflake', 'database', 'access-token'],
  },
];
