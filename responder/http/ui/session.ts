// Who may see the incident pages: the API's bearer token, or a browser session created by
// signing in once with that token. Sessions live in Redis (any server can check them, logout
// really ends them) under the hash of the cookie value, so Redis never holds a usable cookie.
// Each session remembers a hash of the token it was made with: rotating LEAKHOUND_API_TOKEN
// ends every session.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Services } from '../../services.js';
import { sameToken } from '../bearer.js';

export const SESSION_COOKIE = 'leakhound_session';
/** How long a browser stays signed in. */
export const SESSION_TTL_SECONDS = 8 * 3600;

const sha256 = (v: string): Buffer => createHash('sha256').update(v).digest();

/** True when the request carries the API token as a bearer token or a live session cookie. */
export async function isSignedIn(c: Context, s: Services): Promise<boolean> {
  const token = s.config.apiToken;
  if (!token) return false;
  const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer !== undefined) return sameToken(bearer, token);
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return false;
  const stored = await s.redis.get(s.keys.uiSession(sha256(cookie).toString('hex')));
  if (!stored || !/^[0-9a-f]{64}$/.test(stored)) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), sha256(token));
}

/** Checks the token typed into the login form; on success starts a session and sets its cookie. */
export async function signIn(c: Context, s: Services, given: string): Promise<boolean> {
  const token = s.config.apiToken;
  if (!token || !sameToken(given, token)) return false;
  const value = randomBytes(32).toString('base64url');
  await s.redis.set(
    s.keys.uiSession(sha256(value).toString('hex')),
    sha256(token).toString('hex'),
    'EX',
    SESSION_TTL_SECONDS,
  );
  setCookie(c, SESSION_COOKIE, value, { ...cookieOptions(c), maxAge: SESSION_TTL_SECONDS });
  return true;
}

export async function signOut(c: Context, s: Services): Promise<void> {
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) await s.redis.del(s.keys.uiSession(sha256(cookie).toString('hex')));
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

function cookieOptions(c: Context): { path: string; httpOnly: true; sameSite: 'Strict'; secure: boolean } {
  return { path: '/ui', httpOnly: true, sameSite: 'Strict', secure: isHttps(c) };
}

/**
 * Behind a TLS-terminating proxy the request reaches us as http; the proxy says so in
 * X-Forwarded-Proto. Trusting it can only add the Secure flag, never remove it.
 */
export function isHttps(c: Context): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

/**
 * A form post is accepted only from our own pages: the browser's Origin header must name
 * this host (SameSite=Strict covers the session cookie; this also stops login CSRF, where a
 * foreign page signs the victim in). A post without Origin is refused: every browser that
 * can run the pages sends it.
 */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (!origin || !host || origin === 'null') return false;
  try {
    const o = new URL(origin);
    return (o.protocol === 'https:' || o.protocol === 'http:') && o.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
