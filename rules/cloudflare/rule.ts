import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// API tokens (40 base64url characters) and the Global API Key (37 hex) have no prefix of
// their own and are recognised by the cloudflare/CF-named setting they are assigned to. The
// newer scannable formats carry one: cfat_ (account token), cfut_ (user token), cfk_ (global
// key), 40 alphanumerics and an 8-hex checksum. Origin CA keys start with `v1.0-`.
const NAME = String.raw`(?:cloudflare|(?:^|[^a-z0-9])cf[_.-]?(?:api|auth|account)?)`;

export const rules: Rule[] = [
  {
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token (`cfat_`/`cfut_`, or 40 characters assigned to a Cloudflare setting)',
    severity: 'high',
    regex: new RegExp(
      String.raw`\b(cf(?:at|ut)_[A-Za-z0-9]{40}[a-f0-9]{8})\b|` +
        assignedTo(`${NAME}[\\w.-]{0,20}?token`, '[A-Za-z0-9_-]{40}').source,
      'i',
    ),
    keywords: ['cfat_', 'cfut_', 'cloudflare', 'cf'],
    entropy: 3.5,
    tags: ['cloudflare', 'cloud', 'api-key'],
  },
  {
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare Global API Key: full access to the account that owns it',
    severity: 'critical',
    regex: new RegExp(
      String.raw`\b(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})\b|` +
        assignedTo(`${NAME}[\\w.-]{0,20}?key`, '[a-f0-9]{37}', String.raw`(?:[^a-z0-9]|$)`).source,
      'i',
    ),
    keywords: ['cfk_', 'cloudflare', 'cf'],
    entropy: 3,
    tags: ['cloudflare', 'cloud', 'api-key'],
  },
  {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key (`v1.0-…`), issues origin certificates for the account',
    severity: 'high',
    regex: /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b/,
    keywords: ['v1.0-'],
    entropy: 3,
    tags: ['cloudflare', 'cloud', 'api-key'],
  },
];
