import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// moonshot-api-key: https://platform.moonshot.ai/docs/introduction
export const rules: Rule[] = [
  {
    id: 'moonshot-api-key',
    description: 'Moonshot AI (Kimi) API key (`sk-` and 48 characters) assigned to a Moonshot/Kimi setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:moonshot|kimi)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      'sk-[A-Za-z0-9]{48}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['moonshot', 'kimi'],
    entropy: 3,
    tags: ['moonshot', 'ai', 'api-key'],
  },
];
