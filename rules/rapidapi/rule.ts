import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// rapidapi-key: https://docs.rapidapi.com/docs/keys-and-key-rotation
export const rules: Rule[] = [
  {
    id: 'rapidapi-key',
    description: 'RapidAPI key (50 characters) assigned to a RapidAPI key setting or header',
    severity: 'high',
    regex: assignedTo(String.raw`rapid[_.-]?api[\w.-]{0,20}?key`, '[A-Za-z0-9_-]{50}'),
    keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
    entropy: 3,
    tags: ['rapidapi', 'saas', 'api-key'],
  },
];
