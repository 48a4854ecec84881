import type { Rule } from '../types.js';

// jina-api-key: https://jina.ai/api-dashboard/ (`jina_` + 60 base62: Nosey Parker's np.jina.1
// and Kingfisher's jina rule agree)
export const rules: Rule[] = [
  {
    id: 'jina-api-key',
    description: 'Jina AI API key (`jina_` and 60 characters)',
    severity: 'high',
    regex: /\b(jina_[A-Za-z0-9]{60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['jina_'],
    entropy: 3,
    tags: ['jina', 'ai', 'api-key'],
  },
];
