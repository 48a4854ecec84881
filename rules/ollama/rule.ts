import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// ollama-api-key: https://docs.ollama.com/api/authentication
export const rules: Rule[] = [
  {
    id: 'ollama-api-key',
    description: 'Ollama API key (32 hex, `.`, 24 characters) assigned to an Ollama setting',
    severity: 'high',
    regex: assignedTo(String.raw`ollama[\w.-]{0,20}?(?:key|token)`, String.raw`[a-f0-9]{32}\.[A-Za-z0-9_-]{24}`),
    keywords: ['ollama'],
    entropy: 3,
    tags: ['ollama', 'ai', 'api-key'],
  },
];
