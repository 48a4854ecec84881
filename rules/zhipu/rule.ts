import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// zhipu-api-key: https://docs.z.ai/guides/overview/quick-start
export const rules: Rule[] = [
  {
    id: 'zhipu-api-key',
    description: 'Zhipu AI / Z.ai (GLM) API key (32 hex, `.`, 16 characters) assigned to its setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:zhipu(?:ai)?|\bzai|bigmodel|\bglm)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      String.raw`[a-f0-9]{32}\.[A-Za-z0-9]{16}`,
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['zhipu', 'zai', 'bigmodel', 'glm'],
    entropy: 3,
    tags: ['zhipu', 'ai', 'api-key'],
  },
];
