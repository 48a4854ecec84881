import type { Rule } from '../types.js';

// OpenAI keys embed `T3BlbkFJ` (base64 of "OpenAI") between two random halves: 20+20 for
// legacy user keys, 58 or 74 on each side for the prefixed project, service-account and admin
// keys. The halves are matched with a range so a future length change is still found.
const HALF = '[A-Za-z0-9_-]{20,120}';
const BODY = `${HALF}T3BlbkFJ${HALF}`;
const END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

export const rules: Rule[] = [
  {
    id: 'openai-api-key',
    description: 'OpenAI user API key (legacy `sk-…` and `sk-None-…`)',
    severity: 'high',
    regex: new RegExp(String.raw`\b(sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-${BODY}))${END}`),
    keywords: ['t3blbkfj'],
    entropy: 3.5,
    tags: ['openai', 'ai', 'api-key'],
  },
  {
    id: 'openai-project-api-key',
    description: 'OpenAI project API key (`sk-proj-…`)',
    severity: 'high',
    regex: new RegExp(String.raw`\b(sk-proj-${BODY})${END}`),
    keywords: ['sk-proj-'],
    entropy: 3.5,
    tags: ['openai', 'ai', 'api-key'],
  },
  {
    id: 'openai-service-account-key',
    description: 'OpenAI service account key (`sk-svcacct-…`)',
    severity: 'high',
    regex: new RegExp(String.raw`\b(sk-svcacct-${BODY})${END}`),
    keywords: ['sk-svcacct-'],
    entropy: 3.5,
    tags: ['openai', 'ai', 'api-key'],
  },
  {
    id: 'openai-admin-key',
    description: 'OpenAI admin key (`sk-admin-…`): manages an organisation, its keys and billing',
    severity: 'critical',
    regex: new RegExp(String.raw`\b(sk-admin-${BODY})${END}`),
    keywords: ['sk-admin-'],
    entropy: 3.5,
    tags: ['openai', 'ai', 'admin'],
  },
];
