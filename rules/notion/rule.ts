import type { Rule } from '../types.js';

// Integration tokens: `ntn_` + 11 digits + 35 alphanumerics (since 2024); before that
// `secret_` + 43 alphanumerics. The legacy prefix is an ordinary word, so the legacy body
// must also look random: mixed case with digits, which camelCase identifiers rarely are.
function looksRandom(secret: string): boolean {
  const body = secret.slice('secret_'.length);
  return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body) && !/[a-z]{12}/.test(body);
}

export const rules: Rule[] = [
  {
    id: 'notion-integration-token',
    description: 'Notion integration token (`ntn_…`)',
    severity: 'high',
    regex: /\b(ntn_\d{11}[A-Za-z0-9]{35})\b/,
    keywords: ['ntn_'],
    entropy: 4,
    tags: ['notion', 'saas', 'api-key'],
  },
  {
    id: 'notion-legacy-integration-token',
    description: 'Notion integration token in the legacy `secret_…` format',
    severity: 'high',
    regex: /\b(secret_[A-Za-z0-9]{43})\b/,
    keywords: ['secret_'],
    entropy: 4.2,
    validate: looksRandom,
    tags: ['notion', 'saas', 'api-key'],
  },
];
