import type { Rule } from '../types.js';

// loggly-customer-token: https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm
export const rules: Rule[] = [
  {
    id: 'loggly-customer-token',
    description: 'Loggly customer token (a UUID) assigned to a Loggly token setting',
    severity: 'medium',
    regex:
      /\b(?:LOGGLY_TOKEN|LOGGLY_CUSTOMER_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['loggly_token', 'loggly_customer_token'],
    entropy: 2.5,
    tags: ['loggly', 'observability', 'api-key'],
  },
];
