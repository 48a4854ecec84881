import type { Rule } from '../types.js';

// mailjet-secret-key: https://dev.mailjet.com/email/guides/#authentication
export const rules: Rule[] = [
  {
    id: 'mailjet-secret-key',
    description: 'Mailjet API secret key (32 hex) assigned to a Mailjet secret setting',
    severity: 'high',
    regex:
      /\b(?:MJ_APIKEY_PRIVATE|MAILJET_SECRET_KEY|MAILJET_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['mj_apikey_private', 'mailjet_secret_key', 'mailjet_api_secret'],
    entropy: 3,
    tags: ['mailjet', 'email', 'api-key'],
  },
];
