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

export const rules: Rule[] = [
  {
    id: 'jwt',
    description: 'Signed JSON Web Token (a bearer credential until it expires)',
    severity: 'medium',
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ['eyj'],
    entropy: 4,
    validate: (token) => {
      const [header, payload] = token.split('.');
      const h = jsonSegment(header!);
      const p = jsonSegment(payload!);
      if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none' || !p) return false;
      // jwt.io's sample token, and Supabase's anon keys, which are public by design.
      if (p.sub === '1234567890' && p.name === 'John Doe') return false;
      return p.role !== 'anon';
    },
    tags: ['jwt'],
  },
];
