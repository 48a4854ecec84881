import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// browserstack-access-key: https://www.browserstack.com/docs/automate/selenium/set-up-authentication
export const rules: Rule[] = [
  {
    id: 'browserstack-access-key',
    description: 'BrowserStack access key (20 alphanumerics) assigned to a BrowserStack key setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`browser[_.-]?stack[\w.-]{0,20}?(?:access[_.-]?)?key`,
      '[A-Za-z0-9]{20}',
      '(?:[^A-Za-z0-9]|$)',
    ),
    keywords: ['browserstack', 'browser_stack', 'browser-stack'],
    entropy: 3,
    tags: ['browserstack', 'testing', 'access-key'],
  },
];
