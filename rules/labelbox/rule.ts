import type { Rule } from '../types.js';

// labelbox-api-key: https://docs.labelbox.com/reference/create-api-key
export const rules: Rule[] = [
  {
    id: 'labelbox-api-key',
    description: 'Labelbox API key (`lbx_` and 43 characters)',
    severity: 'high',
    regex: /\b(lbx_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['lbx_'],
    entropy: 3.5,
    tags: ['labelbox', 'ai', 'api-key'],
  },
];
