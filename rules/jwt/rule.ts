import { isTemporalCloudKey } from '../temporal/rule.js';
import type { Rule } from '../types.js';

/** A base64url segment decoded to a JSON object, or null. Pure: no I/O. */
function jsonSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** `MONDAY_API_TOKEN=` and the like, right before the token. */
const MONDAY_SETTING =
  /\bmonday[_.-]?(?:com[_.-]?)?(?:api[_.-]?)?(?:token|key)[\w.-]{0,30}["'\]]{0,3}[ \t]{0,3}(?::=?|=)[ \t]{0,3}["'\x60]?$/i;

/**
 * Tokens that are JWTs but belong to a provider with its own rule, which reports them: Scalr
 * (`iss: user`, `at-` id), Workato (`wrka-` in front), monday.com (named by the setting),
 * Temporal Cloud (its claims; checked on the token in `validate`).
 */
function providerToken(payload: Record<string, unknown>, before: string): boolean {
  if (payload.iss === 'user' && typeof payload.jti === 'string' && payload.jti.startsWith('at-')) return true;
  return /\bwrka(?:[a-z]{2})?-$/.test(before) || MONDAY_SETTING.test(before);
}

export const rules: Rule[] = [
  {
    id: 'jwt',
    description: 'Signed JSON Web Token (a bearer credential until it expires)',
    severity: 'medium',
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['eyj'],
    entropy: 4,
    validate: (token, _match, before) => {
      const [header, payload] = token.split('.');
      const h = jsonSegment(header!);
      const p = jsonSegment(payload!);
      if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none' || !p) return false;
      // jwt.io's sample token, and Supabase's anon keys, which are public by design.
      if (p.sub === '1234567890' && p.name === 'John Doe') return false;
      return p.role !== 'anon' && !providerToken(p, before) && !isTemporalCloudKey(token);
    },
    tags: ['jwt'],
  },
];
