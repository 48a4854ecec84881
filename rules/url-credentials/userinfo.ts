// Judging the password of a `scheme://user:password@host` URL (and of other user/password
// pairs in connection strings and credential files): documentation values, templates and
// masks are not reported. Shared by the URL, database and credential-file rules.
import { isDocumentationPassword } from '../generic/values.js';

const TEMPLATE = /^[$%]|^\{.*\}$|^<.*>$|^\[.*\]$|^\(.*\)$|\$\{|\{\{|\$\(|%[A-Z_]+%/;
const MASK = /^[*x•#.?_-]+$/i;
/** Fixed passwords of token-as-username conventions: the token is the user part. */
const MARKER = /^(?:x-oauth-basic|x-oauth-token|oauth2?|token|bearer)$/i;

/** Decodes `%XX` escapes, leaving malformed ones as they are. */
export function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when `password` (for `user`, when known) is a real-looking credential. */
export function isRealPassword(password: string, user = ''): boolean {
  const p = percentDecode(password).trim();
  const u = percentDecode(user).trim();
  // Too short, too uniform (`xxxx`, `1111`), or a port number mistaken for a password.
  if (p.length < 4 || new Set(p).size <= 2 || /^\d{1,5}$/.test(p)) return false;
  if (TEMPLATE.test(p) || MASK.test(p) || MARKER.test(p) || isDocumentationPassword(p)) return false;
  if (u !== '' && (p.toLowerCase() === u.toLowerCase() || TEMPLATE.test(u))) return false;
  return true;
}

/** The `user` of the first `scheme://user:password@` in a match, or ''. */
export function urlUser(match: string): string {
  return /:\/\/([^:@/]*):/.exec(match)?.[1] ?? '';
}

/**
 * `//user:password@host` after a scheme given as a regex source. Groups: 1 user, 2 password,
 * 3 host. The password may contain `@` (people do not escape it); the last `@` before a host
 * ends it.
 */
export function userinfoAfter(scheme: string): string {
  return String.raw`\b(?:${scheme}):\/\/([^\s:@/?#'"\x60<>\\]{0,100}):([^\s/?#'"\x60<>\\]{1,200})@([^\s/?#'"\x60<>\\@:,;]{1,253})`;
}
