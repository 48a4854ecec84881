import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// API keys are 32 hex digits and application keys 40; neither has a prefix, so both are
// recognised by the setting they are assigned to: a datadog- or DD-named api/app key.
const DD = String.raw`(?:datadog|(?:^|[^a-z0-9])dd)[\w.-]{0,20}?`;
const END = String.raw`(?:[^a-z0-9]|$)`;

export const rules: Rule[] = [
  {
    id: 'datadog-api-key',
    description: 'Datadog API key (32 hex) assigned to a Datadog/DD API key setting',
    severity: 'high',
    regex: assignedTo(String.raw`${DD}api[_.-]?key`, '[a-f0-9]{32}', END),
    keywords: ['datadog', 'dd'],
    entropy: 3,
    tags: ['datadog', 'monitoring', 'api-key'],
  },
  {
    id: 'datadog-app-key',
    description: 'Datadog application key (40 hex) assigned to a Datadog/DD app key setting',
    severity: 'high',
    regex: assignedTo(String.raw`${DD}app(?:lication)?[_.-]?key`, '[a-f0-9]{40}', END),
    keywords: ['datadog', 'dd'],
    entropy: 3,
    tags: ['datadog', 'monitoring', 'api-key'],
  },
];
