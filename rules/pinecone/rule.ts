import type { Rule } from '../types.js';

// pinecone-api-key: https://docs.pinecone.io/guides/projects/manage-api-keys
export const rules: Rule[] = [
  {
    id: 'pinecone-api-key',
    description: 'Pinecone API key (`pcsk_` + key id + `_` + secret)',
    severity: 'high',
    regex: /\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?:[^A-Za-z0-9]|$)/,
    keywords: ['pcsk_'],
    entropy: 3,
    tags: ['pinecone', 'ai', 'database', 'api-key'],
  },
];
