import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// saucelabs-access-key: https://docs.saucelabs.com/basics/environment-variables/
export const rules: Rule[] = [
  {
    id: 'saucelabs-access-key',
    description: 'Sauce Labs access key (a UUID) assigned to a Sauce access-key setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`sauce[\w.-]{0,20}?(?:access[_.-]?)?key`,
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
      '(?:[^a-z0-9-]|$)',
    ),
    keywords: ['sauce'],
    entropy: 3,
    tags: ['saucelabs', 'testing', 'access-key'],
  },
];
