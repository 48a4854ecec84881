import { bodyGroup, isKeyBody } from '../private-key/body.js';
import type { Rule } from '../types.js';

// Inside the JSON string, line breaks are always the two characters `\n`.
const JSON_SEP = String.raw`\\n`;

export const rules: Rule[] = [
  {
    id: 'gcp-api-key',
    description: 'Google API key (Maps, Firebase, Cloud and other Google APIs)',
    severity: 'high',
    regex: /\b(AIza[A-Za-z0-9_-]{35})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['aiza'],
    entropy: 4,
    // Firebase's SDK samples and docs use a sequential alphabet as the example key.
    allowlists: [{ stopwords: ['abcdefghijklmnopqrstuvwxyz'] }],
    tags: ['google', 'gcp', 'cloud'],
  },
  {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account key file (the private key in its JSON)',
    severity: 'critical',
    // The keyword requires the file to say "service_account"; the regex requires the key.
    regex: new RegExp(
      `"private_key"\\s{0,5}:\\s{0,5}"-----BEGIN PRIVATE KEY-----${JSON_SEP}${bodyGroup(JSON_SEP, 200)}${JSON_SEP}-----END PRIVATE KEY-{4,5}(?:${JSON_SEP})?"`,
    ),
    keywords: ['service_account'],
    entropy: 4,
    validate: (body) => isKeyBody(body),
    tags: ['google', 'gcp', 'cloud', 'private-key'],
  },
  {
    id: 'gcp-oauth-client-secret',
    description: 'Google OAuth 2.0 client secret',
    severity: 'high',
    regex: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['gocspx-'],
    entropy: 3.5,
    tags: ['google', 'gcp', 'cloud'],
  },
];
