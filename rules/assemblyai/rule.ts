import type { Rule } from '../types.js';

// assemblyai-api-key: https://www.assemblyai.com/docs/api-reference/overview#authorization
export const rules: Rule[] = [
  {
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key (32 hex) assigned to ASSEMBLYAI_API_KEY',
    severity: 'high',
    regex: /\b(?:ASSEMBLYAI_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['assemblyai_api_key'],
    entropy: 3,
    tags: ['assemblyai', 'ai', 'api-key'],
  },
];
