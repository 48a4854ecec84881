import type { Rule } from '../types.js';

// Hugging Face tokens are `hf_` (user access tokens) or `api_org_` (legacy organisation
// tokens) followed by exactly 34 letters. `\b` on both sides: a letter or digit glued to
// either end means it is part of a longer word, not a token.
export const rules: Rule[] = [
  {
    id: 'huggingface-access-token',
    description: 'Hugging Face user access token',
    severity: 'high',
    regex: /\b(hf_[A-Za-z]{34})\b/,
    keywords: ['hf_'],
    entropy: 3,
    tags: ['huggingface', 'ai', 'api-key'],
  },
  {
    id: 'huggingface-organization-token',
    description: 'Hugging Face organization API token (legacy `api_org_`)',
    severity: 'high',
    regex: /\b(api_org_[A-Za-z]{34})\b/,
    keywords: ['api_org_'],
    entropy: 3,
    tags: ['huggingface', 'ai', 'api-key'],
  },
];
