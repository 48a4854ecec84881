import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// Current personal access tokens start with `figd_`; older ones were a UUID behind a
// six-digit user prefix and are only recognisable next to the word figma.
export const rules: Rule[] = [
  {
    id: 'figma-personal-access-token',
    description: 'Figma personal access token',
    severity: 'high',
    regex: /\b(figd_[A-Za-z0-9_-]{40,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['figd_'],
    entropy: 3.5,
    tags: ['figma', 'saas', 'api-key'],
  },
  {
    id: 'figma-legacy-token',
    description: 'Figma personal access token in the pre-2023 format, assigned to a figma-named setting',
    severity: 'high',
    regex: assignedTo('figma', String.raw`\d{6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    keywords: ['figma'],
    entropy: 3,
    tags: ['figma', 'saas', 'api-key'],
  },
];
