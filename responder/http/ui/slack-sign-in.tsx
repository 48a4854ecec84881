// GET /ui/auth/slack and /ui/auth/slack/callback: Sign in with Slack (OpenID Connect). The
// state is random, kept (hashed) in Redis with the nonce for ten minutes and bound to this
// browser by a short-lived cookie; the code is exchanged at openid.connect.token, and the
// id_token is checked with jose against Slack's published keys: issuer https://slack.com,
// audience our client id, expiry, the nonce we sent, and the configured workspace. Then the
// browser gets an ordinary session that names the Slack user, who may act only if they are
// one of the responders.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Services } from '../../services.js';
import { SLACK_ISSUER, type SlackOidcConfig } from '../../slack/oidc-config.js';
import { LoginPage } from './layout.js';
import { page } from './respond.js';
import { isHttps, startSession } from './session.js';

const STATE_COOKIE = 'leakhound_oidc_state';
const STATE_TTL_SECONDS = 600;
const TEAM_CLAIM = 'https://slack.com/team_id';
const jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

const sha256 = (v: string): string => createHash('sha256').update(v).digest('hex');

function keySet(base: string): ReturnType<typeof createRemoteJWKSet> {
  let set = jwks.get(base);
  if (!set) {
    set = createRemoteJWKSet(new URL(`${base}/openid/connect/keys`), { timeoutDuration: 10_000 });
    jwks.set(base, set);
  }
  return set;
}

export function registerSlackSignIn(app: Hono, s: Services, safeNext: (next: unknown) => string): void {
  const oidc = s.config.slack.oidc;
  if (!oidc) return;

  app.get('/auth/slack', async (c) => {
    const state = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    const next = safeNext(c.req.query('next'));
    await s.redis.set(s.keys.uiOidc(sha256(state)), JSON.stringify({ nonce, next }), 'EX', STATE_TTL_SECONDS);
    // Lax, not Strict: the callback is a top-level navigation from slack.com, which Strict would strip.
    setCookie(c, STATE_COOKIE, state, {
      path: '/ui/auth/slack',
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: STATE_TTL_SECONDS,
    });
    const url = new URL(`${oidc.baseUrl}/openid/connect/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      scope: 'openid profile email',
      client_id: oidc.clientId,
      redirect_uri: oidc.redirectUrl,
      state,
      nonce,
      team: oidc.teamId,
    }).toString();
    return c.redirect(url.toString(), 302);
  });

  app.get('/auth/slack/callback', async (c) => {
    const refuse = (why: string) => {
      s.log.warn('Sign in with Slack refused', { reason: why });
      return page(c, <LoginPage next="/ui" slack error={`Sign in with Slack did not work: ${why}. Try again.`} />, 401);
    };
    const state = c.req.query('state') ?? '';
    const cookie = getCookie(c, STATE_COOKIE) ?? '';
    deleteCookie(c, STATE_COOKIE, { path: '/ui/auth/slack' });
    if (c.req.query('error')) return refuse('Slack said the sign-in was cancelled or refused');
    if (!/^[\w-]{43}$/.test(state) || !sameString(state, cookie))
      return refuse('the sign-in did not start in this browser');
    const pending = await s.redis.getdel(s.keys.uiOidc(sha256(state)));
    if (!pending) return refuse('the sign-in expired or was already used');
    const { nonce, next } = JSON.parse(pending) as { nonce: string; next: string };
    const code = c.req.query('code') ?? '';
    if (!/^[\w.-]{1,512}$/.test(code)) return refuse('Slack sent no usable code');
    const idToken = await exchange(oidc, code).catch((err: Error) => err);
    if (idToken instanceof Error) return refuse(idToken.message);
    const user = await verifyIdToken(oidc, idToken, nonce).catch((err: Error) => err);
    if (user instanceof Error) return refuse(user.message);
    await startSession(c, s, { user });
    s.log.info('signed in with Slack', { user });
    return c.redirect(next, 303);
  });
}

/** openid.connect.token: the code for the id_token. Errors name Slack's error code, never the secret. */
async function exchange(oidc: SlackOidcConfig, code: string): Promise<string> {
  const res = await fetch(`${oidc.baseUrl}/api/openid.connect.token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: oidc.clientId,
      client_secret: oidc.clientSecret,
      code,
      redirect_uri: oidc.redirectUrl,
      grant_type: 'authorization_code',
    }).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json().catch(() => ({}))) as { ok?: boolean; error?: unknown; id_token?: unknown };
  if (!res.ok || body.ok !== true || typeof body.id_token !== 'string') {
    const error = typeof body.error === 'string' ? body.error.slice(0, 60) : `HTTP ${res.status}`;
    throw new Error(`Slack did not exchange the code (${error})`);
  }
  return body.id_token;
}

/** The Slack user id the token vouches for, after every check. */
export async function verifyIdToken(oidc: SlackOidcConfig, idToken: string, nonce: string): Promise<string> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(idToken, keySet(oidc.baseUrl), {
      issuer: SLACK_ISSUER,
      audience: oidc.clientId,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'sub', 'nonce'],
      clockTolerance: 30,
    }));
  } catch (err) {
    throw new Error(`the id_token did not verify (${(err as { code?: string }).code ?? 'invalid'})`);
  }
  if (typeof payload.nonce !== 'string' || !sameString(payload.nonce, nonce))
    throw new Error('the id_token was not issued for this sign-in');
  if (payload[TEAM_CLAIM] !== oidc.teamId) throw new Error('that Slack workspace may not sign in here');
  const sub = payload.sub;
  if (typeof sub !== 'string' || !/^[UW][A-Z0-9]{2,31}$/.test(sub)) throw new Error('the id_token names no Slack user');
  return sub;
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
