import type { Rule } from '../types.js';

// freemius-secret-key: https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/
export const rules: Rule[] = [
  {
    id: 'freemius-secret-key',
    description: "Freemius SDK secret key (`sk_` and 29 characters) in the SDK's `'secret_key' =>` setting",
    severity: 'critical',
    regex: /["']secret_key["'][ \t]{0,3}=>[ \t]{0,3}["'](sk_[^\s'"]{29})["']/,
    keywords: ["'secret_key'", '"secret_key"'],
    entropy: 3,
    tags: ['freemius', 'saas', 'secret-key'],
  },
];
