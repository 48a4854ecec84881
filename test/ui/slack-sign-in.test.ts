// Sign in with Slack against a stand-in OpenID Connect provider (a key pair made for this run,
// its public half served as the JWKS), through the real app and a real redis-server. Then what
// a Slack user may do on the pages: look, and act only when they are a responder.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResponderConfig } from '../../responder/config.js';
import { createApp } from '../../responder/http/app.js';
import { createLogger } from '../../responder/log.js';
import { closeServices, createServices, type Services } from '../../responder/services.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { seedIncident } from '../helpers/seed-incidents.js';
import { startSlackOidcStandIn, type SlackOidcStandIn } from '../helpers/slack-oidc-standin.js';

const available = redisServerAvailable();
const HOST = 'leakhound.test';
const CLIENT = '1234.5678';
const SECRET = randomBytes(16).toString('hex');

describe.skipIf(!available)(available ? 'Sign in with Slack' : `Sign in with Slack (skipped: ${REDIS_MISSING})`, () => {
  let redis: RedisServer;
  let oidc: SlackOidcStandIn;
  let s: Services;
  let app: ReturnType<typeof createApp>;
  let incident: string;
  const base = {
    GITHUB_WEBHOOK_SECRET: 'x',
    LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LEAKHOUND_API_TOKEN: randomBytes(16).toString('hex'),
    LEAKHOUND_SLACK_CLIENT_ID: CLIENT,
    LEAKHOUND_SLACK_CLIENT_SECRET: SECRET,
    LEAKHOUND_SLACK_REDIRECT_URL: `http://localhost/ui/auth/slack/callback`,
    SLACK_TEAM_ID: 'T0TEAM',
    LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS',
  };

  beforeAll(async () => {
    redis = await startRedis();
    oidc = await startSlackOidcStandIn(CLIENT, SECRET);
    s = createServices(
      loadResponderConfig({ ...base, REDIS_URL: redis.url, LEAKHOUND_SLACK_OIDC_URL: oidc.url }, 'serve'),
      'serve',
      { log: createLogger('t', { write: () => {} }) },
    );
    app = createApp(s);
    incident = await seedIncident(s.ledger, { provider: null });
  });
  afterAll(async () => {
    await closeServices(s);
    await oidc?.close();
    await redis?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://${HOST}${path}`, { headers: { host: HOST, ...headers } });

  /** Starts a sign-in, lets the stand-in "consent" with these claims, and follows the callback. */
  async function signIn(
    claims: Record<string, unknown>,
    opts: { foreignKey?: boolean; nonce?: string; cookie?: string } = {},
  ) {
    const start = await get(`/ui/auth/slack?next=/ui/incidents/${incident}`);
    expect(start.status).toBe(302);
    const to = new URL(start.headers.get('location')!);
    const state = to.searchParams.get('state')!;
    const nonce = to.searchParams.get('nonce')!;
    const cookie = /leakhound_oidc_state=[^;]+/.exec(start.headers.get('set-cookie') ?? '')![0];
    const code = randomBytes(8).toString('hex');
    await oidc.consent(code, { claims: { nonce: opts.nonce ?? nonce, ...claims }, foreignKey: opts.foreignKey });
    return get(`/ui/auth/slack/callback?code=${code}&state=${state}`, { cookie: opts.cookie ?? cookie });
  }
  const member = { sub: 'U0SECOPS', 'https://slack.com/team_id': 'T0TEAM' };
  const session = (res: Response) => /leakhound_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

  it('offers Sign in with Slack, sending the browser to Slack with a state, a nonce and the workspace', async () => {
    expect(await (await get('/ui/login')).text()).toContain('href="/ui/auth/slack?next=%2Fui"');
    const start = await get('/ui/auth/slack');
    const to = new URL(start.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${oidc.url}/openid/connect/authorize`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: 'http://localhost/ui/auth/slack/callback',
      team: 'T0TEAM',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(start.headers.get('set-cookie')).toMatch(/leakhound_oidc_state=.*HttpOnly.*SameSite=Lax/);
  });

  it('signs a workspace member in, with a session that names them', async () => {
    const res = await signIn(member);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/ui/incidents/${incident}`);
    const page = await (await get(`/ui/incidents/${incident}`, { cookie: `leakhound_session=${session(res)}` })).text();
    expect(page).toContain('Recorded on the timeline as <code>slack:U0SECOPS</code>');
  });

  it.each<[string, Record<string, unknown>, { foreignKey?: boolean; nonce?: string; cookie?: string }, RegExp]>([
    ['another workspace', { ...member, 'https://slack.com/team_id': 'T0OTHER' }, {}, /workspace may not sign in/],
    ['a token for another app', { ...member, aud: 'other-client' }, {}, /did not verify/],
    ['a token from another issuer', { ...member, iss: 'https://evil.example' }, {}, /did not verify/],
    ['an expired token', { ...member, exp: Math.floor(Date.now() / 1000) - 3600 }, {}, /did not verify/],
    ['a token signed with another key', member, { foreignKey: true }, /did not verify/],
    ['a token for another sign-in (nonce)', member, { nonce: 'x'.repeat(43) }, /not issued for this sign-in/],
    [
      'a callback in another browser (no state cookie)',
      member,
      { cookie: 'leakhound_oidc_state=nope' },
      /did not start in this browser/,
    ],
  ])('refuses %s', async (_, claims, opts, message) => {
    const res = await signIn(claims, opts);
    expect(res.status).toBe(401);
    expect(session(res)).toBeUndefined();
    expect(await res.text()).toMatch(message);
  });

  it('uses each sign-in once: a replayed callback is refused', async () => {
    const start = await get('/ui/auth/slack');
    const to = new URL(start.headers.get('location')!);
    const cookie = /leakhound_oidc_state=[^;]+/.exec(start.headers.get('set-cookie') ?? '')![0];
    await oidc.consent('code-1', { claims: { ...member, nonce: to.searchParams.get('nonce') } });
    const path = `/ui/auth/slack/callback?code=code-1&state=${to.searchParams.get('state')}`;
    expect((await get(path, { cookie })).status).toBe(303);
    expect(await (await get(path, { cookie })).text()).toMatch(/expired or was already used/);
  });

  it('lets a signed-in member who is not a responder look, but not act', async () => {
    const res = await signIn({ ...member, sub: 'U0GUEST' });
    const cookie = `leakhound_session=${session(res)}`;
    const page = await (await get(`/ui/incidents/${incident}`, { cookie })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
    const act = await app.request(`http://${HOST}/ui/incidents/${incident}/actions`, {
      method: 'POST',
      headers: { host: HOST, origin: `http://${HOST}`, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, action: 'acknowledge' }).toString(),
    });
    expect(act.status).toBe(403);
    expect(await act.text()).toContain('Only the security responders');
  });

  it('stops at start-up with a one-line error when the settings do not fit together', () => {
    const load = (env: Record<string, string>) => () =>
      loadResponderConfig({ ...base, REDIS_URL: redis.url, ...env }, 'serve');
    expect(load({ LEAKHOUND_SLACK_CLIENT_SECRET: '' })).toThrow(
      /need LEAKHOUND_SLACK_CLIENT_ID, LEAKHOUND_SLACK_CLIENT_SECRET and LEAKHOUND_SLACK_REDIRECT_URL together|needs LEAKHOUND_SLACK_CLIENT_ID/,
    );
    expect(load({ SLACK_TEAM_ID: '' })).toThrow(/without SLACK_TEAM_ID/);
    expect(load({ LEAKHOUND_SLACK_REDIRECT_URL: 'http://evil.example/ui/auth/slack/callback' })).toThrow(
      /expected the https URL/,
    );
  });
});
