import type { Rule } from '../types.js';

// Twilio ids are prefix + 32 hex. They look like any other hex id, so both rules need the
// word "twilio" somewhere in the file (the keyword) before they run.
export const rules: Rule[] = [
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID (its secret is usually next to it)',
    severity: 'medium',
    regex: /\b(SK[0-9a-fA-F]{32})\b/,
    keywords: ['twilio'],
    entropy: 3,
    tags: ['twilio', 'messaging'],
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token or API key secret, by its name or as the password next to an account SID',
    severity: 'critical',
    regex:
      /(?:twilio[\w.-]{0,20}?(?:auth[\w.-]{0,3}?token|secret)|\bauth[\w.-]{0,3}?token)[\s'"]{0,3}(?:=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9]{32})\b|\bAC[0-9a-f]{32}:([0-9a-f]{32})\b/i,
    keywords: ['twilio'],
    entropy: 3,
    tags: ['twilio', 'messaging'],
  },
];
