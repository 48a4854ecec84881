import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// fal-api-key: https://docs.fal.ai/model-apis/authentication
export const rules: Rule[] = [
  {
    id: 'fal-api-key',
    description: 'fal.ai API key (UUID, `:`, 32 hex) assigned to FAL_KEY or a fal setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`\bfal[_.-]?(?:ai[_.-]?)?(?:api[_.-]?)?key`,
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}:[a-f0-9]{32}',
      '(?:[^a-z0-9]|$)',
    ),
    keywords: ['fal_key', 'fal-key', 'fal_ai', 'fal-ai', 'fal.ai', 'falai', 'fal_api', 'falkey'],
    entropy: 3,
    tags: ['fal', 'ai', 'api-key'],
  },
];
