import type { Rule } from '../types.js';

// Anthropic keys: `sk-ant-api03-` (and the newer `api04-`) or `sk-ant-admin01-`, 93 base64url
// characters, then the fixed `AA` suffix; 108 characters in all. A small range around 93 keeps
// a variant found while the `AA` suffix keeps prose and truncated keys out.
const END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

export const rules: Rule[] = [
  {
    id: 'anthropic-api-key',
    description: 'Anthropic (Claude) API key',
    severity: 'high',
    regex: new RegExp(String.raw`\b(sk-ant-api0\d-[A-Za-z0-9_-]{86,100}AA)${END}`),
    keywords: ['sk-ant-api0'],
    entropy: 3.5,
    tags: ['anthropic', 'ai', 'api-key'],
  },
  {
    id: 'anthropic-admin-key',
    description: 'Anthropic Admin API key: manages an organisation, its members and API keys',
    severity: 'critical',
    regex: new RegExp(String.raw`\b(sk-ant-admin0\d-[A-Za-z0-9_-]{86,100}AA)${END}`),
    keywords: ['sk-ant-admin0'],
    entropy: 3.5,
    tags: ['anthropic', 'ai', 'admin'],
  },
];
