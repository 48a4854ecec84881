import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// ngrok-authtoken: https://ngrok.com/docs/agent/config/v3/#authtoken
export const rules: Rule[] = [
  {
    id: 'ngrok-authtoken',
    description: 'ngrok agent authtoken or API key (`2…_…`) assigned to an ngrok setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:ngrok[\w.-]{0,20}?(?:auth[_.-]?token|token|api[_.-]?key|key)|authtoken)`,
      '2[A-Za-z0-9]{26}_[A-Za-z0-9]{20,22}',
    ),
    keywords: ['ngrok', 'authtoken'],
    entropy: 3,
    tags: ['ngrok', 'tunnel', 'access-token'],
  },
];
