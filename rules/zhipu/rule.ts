import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// zhipu-api-key: https://docs.z.ai/guides/overview/quick-start
export const rules: Rule[] = [
  {
    id: 'zhipu-api-key',
    description: 'Zhipu AI / Z.ai (GLM) API key (32 hex, `.`, 16 characters) assigned to its setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`(?:(?:zhipu(?:ai)?|bigmodel)[\w.-]{0,20}?|\b(?:zai|glm)[_.-]?)(?:api[_.-]?)?key`,
      String.raw`[a-f0-9]{32}\.[A-Za-z0-9]{16}`,
      '(?:[^A-Za-z0-9]|$)',
    ),
    // `zai` and `glm` only as names (ZAI_API_KEY, GLM_KEY): as bare words they are in too much text.
    keywords: [
      'zhipu',
      'bigmodel',
      'zai_',
      'zai-',
      'zai.',
      'zaiapi',
      'zaikey',
      'glm_',
      'glm-',
      'glm.',
      'glmapi',
      'glmkey',
    ],
    entropy: 3,
    tags: ['zhipu', 'ai', 'api-key'],
  },
];
