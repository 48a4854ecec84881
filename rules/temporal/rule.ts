import type { Rule } from '../types.js';

// temporal-cloud-api-key: https://docs.temporal.io/cloud/api-keys
//   A JWT whose claims carry the Temporal Cloud account and key ids and name temporal.io
//   (the facts Betterleaks and Kingfisher match on). The claims are base64url, so no fixed
//   substring marks the key in every alignment: the rule decodes them.

/** The decoded claims of a JWT's payload segment, or null. Pure: no I/O. */
function claims(token: string): string | null {
  try {
    const text = Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8');
    return text.startsWith('{') ? text : null;
  } catch {
    return null;
  }
}

/** Temporal Cloud's claims: an account id, a key id, and temporal.io. */
export function isTemporalCloudKey(token: string): boolean {
  const c = claims(token);
  return c !== null && c.includes('"account_id"') && c.includes('"key_id"') && c.includes('temporal.io');
}

export const rules: Rule[] = [
  {
    id: 'temporal-cloud-api-key',
    description: 'Temporal Cloud API key (a JWT issued by temporal.io with account and key ids)',
    severity: 'critical',
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['eyj'],
    entropy: 4,
    validate: (token) => isTemporalCloudKey(token),
    tags: ['temporal', 'cloud', 'api-key'],
  },
];
