// Who may see the incident pages: the API's bearer token, or a browser session created by
// signing in once with that token. Sessions live in Redis (any server can check them, logout
// really ends them) under the hash of the cookie value, so Redis never holds a usable cookie.
// Each session remembers a hash of the token it was made with: rotating LEAKHOUND_API_TOKEN
// ends every session.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Services } from '../../services.js';
import { sameToken } from '../bearer.js';

export const SESSION_COOKIE = 'leakhound_session';
/** How long a browser stays signed in. */
export const SESSION_TTL_SECONDS = 8 * 3600;

const sha256 = (v: string): Buffer => createHash('sha256').update(v).digest();

/**
 * Who is looking: the API token holder (as a bearer token, or a session made with it), or a
 * Slack user who signed in with Slack. `session` is the session's id (the hash of its cookie),
 * which the CSRF token of its forms is bound to; a bearer request has none and needs none.
 */
export type Viewer = { via: 'bearer' } | { via: 'session'; session: string; user?: string };

/** A stored session: the hash of the API token it was made under (so rotating the token ends it), and the Slack user, if any. */
interface StoredSession {
  token: string;
  user?: string;
}

export async function viewer(c: Context, s: Services): Promise<Viewer | undefined> {
  const token = s.config.apiToken;
  if (!token) return undefined;
  const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer !== undefined) return sameToken(bearer, token) ? { via: 'bearer' } : undefined;
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return undefined;
  const session = sha256(cookie).toString('hex');
  const stored = readSession(await s.redis.get(s.keys.uiSession(session)));
  if (!stored || !timingSafeEqual(Buffer.from(stored.token, 'hex'), sha256(token))) return undefined;
  return { via: 'session', session, ...(stored.user ? { user: stored.user } : {}) };
}

/** True when the request carries the API token as a bearer token or a live session cookie. */
export async function isSignedIn(c: Context, s: Services): Promise<boolean> {
  return (await viewer(c, s)) !== undefined;
}

function readSession(raw: string | null): StoredSession | undefined {
  if (!raw) return undefined;
  if (/^[0-9a-f]{64}$/.test(raw)) return { token: raw };
  try {
    const v = JSON.parse(raw) as StoredSession;
    if (typeof v.token !== 'string' || !/^[0-9a-f]{64}$/.test(v.token)) return undefined;
    if (v.user !== undefined && (typeof v.user !== 'string' || !/^[UW][A-Z0-9]{2,31}$/.test(v.user))) return undefined;
    return v;
  } catch {
    return undefined;
  }
}

/**
 * The synchronizer token for a session's forms: an HMAC of the session id under the service's
 * own key, so it is bound to that one session, cannot be computed without the key, and needs
 * no storage. It goes in a hidden field; the Origin check comes on top.
 */
export function csrfToken(s: Services, session: string): string {
  return createHmac('sha256', s.config.encryptionKey).update(`ui-csrf:${session}`).digest('base64url');
}

export function csrfValid(s: Services, v: Viewer, given: unknown): boolean {
  if (v.via === 'bearer') return true;
  if (typeof given !== 'string' || given.length > 100) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(csrfToken(s, v.session));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks the token typed into the login form; on success starts a session and sets its cookie. */
export async function signIn(c: Context, s: Services, given: string): Promise<boolean> {
  const token = s.config.apiToken;
  if (!token || !sameToken(given, token)) return false;
  await startSession(c, s, {});
  return true;
}

/** A new session (a new cookie value: never one a visitor brought along), for the token holder or a Slack user. */
export async function startSession(c: Context, s: Services, who: { user?: string }): Promise<void> {
  const token = s.config.apiToken ?? '';
  const value = randomBytes(32).toString('base64url');
  const stored: StoredSession = { token: sha256(token).toString('hex'), ...(who.user ? { user: who.user } : {}) };
  await s.redis.set(s.keys.uiSession(sha256(value).toString('hex')), JSON.stringify(stored), 'EX', SESSION_TTL_SECONDS);
  setCookie(c, SESSION_COOKIE, value, { ...cookieOptions(c), maxAge: SESSION_TTL_SECONDS });
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
