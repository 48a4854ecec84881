import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// upstash-redis-rest-token: https://upstash.com/docs/redis/features/restapi
export const rules: Rule[] = [
  {
    id: 'upstash-redis-rest-token',
    description: 'Upstash Redis REST token assigned to UPSTASH_REDIS_REST_TOKEN or an Upstash token setting',
    severity: 'critical',
    regex: assignedTo(String.raw`upstash[\w.-]{0,30}?token`, '[A-Za-z0-9_-]{32,120}={0,2}', '(?:[^A-Za-z0-9_=-]|$)'),
    keywords: ['upstash'],
    entropy: 3,
    tags: ['upstash', 'database', 'access-token'],
  },
];
