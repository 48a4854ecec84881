import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REDIS_MISSING,
  redisServerAvailable,
  startRedis,
  type RedisServer,
} from '../../../test/helpers/redis-server.js';
import { seedIncident } from '../../../test/helpers/seed-incidents.js';
import { loadResponderConfig } from '../../config.js';
import { createLogger } from '../../log.js';
import { closeServices, createServices, type Services } from '../../services.js';
import { createApp } from '../app.js';

const available = redisServerAvailable();
const HOST = 'leakhound.test';

describe.skipIf(!available)(available ? 'the incident pages' : `the incident pages (skipped: ${REDIS_MISSING})`, () => {
  let redis: RedisServer;
  let s: Services;
  let app: ReturnType<typeof createApp>;
  const token = randomBytes(16).toString('hex');
  const env = {
    GITHUB_WEBHOOK_SECRET: 'x',
    LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LEAKHOUND_API_TOKEN: token,
  };
  const ids: Record<string, string> = {};
  const secret = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;

  beforeAll(async () => {
    redis = await startRedis();
    s = createServices(loadResponderConfig({ ...env, REDIS_URL: redis.url }, 'serve'), 'serve', {
      log: createLogger('t', { write: () => {} }),
    });
    app = createApp(s);
    ids.contained = await seedIncident(s.ledger, {
      repo: 'octo-org/payments',
      containedAt: '2026-01-06T13:00:05.000Z',
      closedAt: '2026-01-07T09:00:00.000Z',
    });
    ids.open = await seedIncident(s.ledger, { repo: 'octo-org/web', provider: null, severity: 'medium' });
    ids.hostile = await seedIncident(s.ledger, {
      repo: 'evil/<script>alert(1)</script>',
      repoUrl: 'javascript:alert(1)',
      file: '<img src=x onerror=alert(2)>.env',
      author: '"><svg onload=alert(3)>',
      timeline: ['opened <b onmouseover=alert(4)>bold</b>'],
    });
    // A raw secret sits in the secret store for the open incident, as during containment.
    await s.secrets.put(ids.open, 'primary', secret);
    await s.ledger.setFields(ids.hostile, {
      report:
        '# Report for <script>alert(5)</script>\n\n| a | b |\n|---|---|\n| `<i>x</i>` | [link](javascript:alert(6)) |\n',
    });
    await s.ledger.transition(ids.hostile, [], 'closed', { closedAt: '2026-01-08T00:00:00.000Z' });
  });
  afterAll(async () => {
    await closeServices(s);
    await redis.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://${HOST}${path}`, { headers: { host: HOST, ...headers } });
  const bearer = { authorization: `Bearer ${token}` };
  const login = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`http://${HOST}/ui/login`, {
      method: 'POST',
      headers: {
        host: HOST,
        origin: `http://${HOST}`,
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams(form).toString(),
    });
  const cookieOf = (res: Response): string =>
    /leakhound_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;

  describe('signing in', () => {
    it('answers 401 with the login form and a Bearer challenge when nothing identifies the caller', async () => {
      const res = await get('/ui?state=open');
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      const body = await res.text();
      expect(body).toContain('<form class="login" method="post" action="/ui/login">');
      expect(body).toContain('value="/ui?state=open"');
      expect(body).not.toContain('octo-org');
    });

    it.each([
      ['a wrong bearer token', { authorization: 'Bearer nope' }],
      ['a bearer token with extra text', { authorization: `Bearer ${token}x` }],
      ['a forged session cookie', { cookie: `leakhound_session=${'A'.repeat(43)}` }],
      ['a malformed session cookie', { cookie: 'leakhound_session=../../x' }],
    ])('refuses %s', async (_, headers) => {
      expect((await get('/ui', headers)).status).toBe(401);
      expect((await get(`/ui/incidents/${ids.open}`, headers)).status).toBe(401);
    });

    it('serves the pages to the API token as a bearer token, with a strict Content-Security-Policy', async () => {
      const res = await get('/ui', bearer);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toMatch(/^<!doctype html><html lang="en">/);
    });

    it('signs in through the form: an HttpOnly, SameSite=Strict session cookie whose value Redis never holds', async () => {
      const res = await login({ token, next: `/ui/incidents/${ids.open}` });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/ui/incidents/${ids.open}`);
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      expect(setCookie).toMatch(/Path=\/ui/);
      expect(setCookie).not.toMatch(/Secure/);
      const value = cookieOf(res);
      const keys = await s.redis.keys('*ui-session*');
      expect(keys.some((k) => k.includes(createHash('sha256').update(value).digest('hex')))).toBe(true);
      expect(keys.join()).not.toContain(value);
      for (const k of keys) expect(await s.redis.get(k)).not.toContain(token);
      expect(await s.redis.ttl(keys[0]!)).toBeGreaterThan(3600);
      expect((await get('/ui', { cookie: `leakhound_session=${value}` })).status).toBe(200);
    });

    it('marks the cookie Secure when the page was reached over https (directly or through a proxy)', async () => {
      const proxied = await login({ token }, { 'x-forwarded-proto': 'https' });
      expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
      const direct = await app.request(`https://${HOST}/ui/login`, {
        method: 'POST',
        headers: { host: HOST, origin: `https://${HOST}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
      });
      expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    });

    it('refuses a wrong token with 401, no cookie and a message', async () => {
      const res = await login({ token: 'guess' });
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toContain('That is not the API token');
    });

    it.each<[string, Record<string, string | undefined>]>([
      ['no Origin header', { origin: undefined }],
      ['a foreign Origin', { origin: 'https://evil.example' }],
      ['an opaque Origin', { origin: 'null' }],
      ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ])('refuses a sign-in post with %s (login CSRF)', async (_, override) => {
      const headers: Record<string, string> = {
        host: HOST,
        origin: `http://${HOST}`,
        'content-type': 'application/x-www-form-urlencoded',
      };
      for (const [k, v] of Object.entries(override)) {
        if (v === undefined) delete headers[k];
        else headers[k] = v;
      }
      const res = await app.request(`http://${HOST}/ui/login`, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ token }).toString(),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    });

    it('refuses a sign-out post from another site, keeping the session', async () => {
      const value = cookieOf(await login({ token }));
      const res = await app.request(`http://${HOST}/ui/logout`, {
        method: 'POST',
        headers: { host: HOST, origin: 'https://evil.example', cookie: `leakhound_session=${value}` },
      });
      expect(res.status).toBe(403);
      expect((await get('/ui', { cookie: `leakhound_session=${value}` })).status).toBe(200);
    });

    it('says the pages are disabled, and lets nobody in, while LEAKHOUND_API_TOKEN is unset', async () => {
      const off = createServices(
        loadResponderConfig({ ...env, LEAKHOUND_API_TOKEN: '', REDIS_URL: redis.url }, 'serve'),
        'serve',
        { log: createLogger('t', { write: () => {} }) },
      );
      try {
        const offApp = createApp(off);
        const res = await offApp.request(`http://${HOST}/ui`, { headers: { host: HOST, authorization: 'Bearer ' } });
        expect(res.status).toBe(401);
        expect(await res.text()).toContain('The incident pages are disabled');
        const post = await offApp.request(`http://${HOST}/ui/login`, {
          method: 'POST',
          headers: { host: HOST, origin: `http://${HOST}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'token=',
        });
        expect(post.status).toBe(401);
        expect(post.headers.get('set-cookie')).toBeNull();
      } finally {
        await closeServices(off);
      }
    });

    it.each(['//evil.example/', 'https://evil.example/ui', '/ui\\@evil', '/other'])(
      'never redirects outside the pages after sign-in (next=%s)',
      async (next) => {
        const res = await login({ token, next });
        expect(res.headers.get('location')).toBe('/ui');
      },
    );

    it('signs out: the session ends on the server, not only in the browser', async () => {
      const value = cookieOf(await login({ token }));
      const res = await app.request(`http://${HOST}/ui/logout`, {
        method: 'POST',
        headers: { host: HOST, origin: `http://${HOST}`, cookie: `leakhound_session=${value}` },
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('set-cookie')).toMatch(/leakhound_session=;.*Max-Age=0/);
      expect((await get('/ui', { cookie: `leakhound_session=${value}` })).status).toBe(401);
    });

    it('ends every session when the API token changes', async () => {
      const value = cookieOf(await login({ token }));
      const other = createServices(
        loadResponderConfig({ ...env, LEAKHOUND_API_TOKEN: 'rotated-token', REDIS_URL: redis.url }, 'serve'),
        'serve',
        { log: createLogger('t', { write: () => {} }) },
      );
      try {
        const res = await createApp(other).request(`http://${HOST}/ui`, {
          headers: { host: HOST, cookie: `leakhound_session=${value}` },
        });
        expect(res.status).toBe(401);
      } finally {
        await closeServices(other);
      }
    });
  });

  describe('the action forms', () => {
    const act = async (headers: Record<string, string>, form: Record<string, string>, path = 'actions') =>
      app.request(`http://${HOST}/ui/incidents/${ids.open}/${path}`, {
        method: 'POST',
        headers: {
          host: HOST,
          origin: `http://${HOST}`,
          'content-type': 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: new URLSearchParams(form).toString(),
      });
    const csrfOf = async (cookie: string): Promise<string> => {
      const body = await (await get(`/ui/incidents/${ids.open}`, { cookie })).text();
      return /name="csrf" value="([^"]+)"/.exec(body)![1]!;
    };

    it('puts a CSRF token bound to the session in every form', async () => {
      const one = `leakhound_session=${cookieOf(await login({ token }))}`;
      const two = `leakhound_session=${cookieOf(await login({ token }))}`;
      const body = await (await get(`/ui/incidents/${ids.open}`, { cookie: one })).text();
      expect(body).toContain(`action="/ui/incidents/${ids.open}/actions"`);
      expect(body).toContain('Done: Revoke the credential at its provider');
      expect(await csrfOf(one)).not.toBe(await csrfOf(two));
    });

    it.each<
      [string, (cookie: string, csrf: string, other: string) => [Record<string, string>, Record<string, string>]]
    >([
      ['no CSRF token', (cookie) => [{ cookie }, { action: 'acknowledge' }]],
      ['a wrong CSRF token', (cookie) => [{ cookie }, { action: 'acknowledge', csrf: 'x'.repeat(43) }]],
      ["another session's CSRF token", (cookie, _, other) => [{ cookie }, { action: 'acknowledge', csrf: other }]],
      [
        'a foreign Origin',
        (cookie, csrf) => [
          { cookie, origin: 'https://evil.example' },
          { action: 'acknowledge', csrf },
        ],
      ],
      [
        'a cross-site fetch',
        (cookie, csrf) => [
          { cookie, 'sec-fetch-site': 'cross-site' },
          { action: 'acknowledge', csrf },
        ],
      ],
    ])('refuses an action with %s, and enqueues nothing', async (_, make) => {
      const cookie = `leakhound_session=${cookieOf(await login({ token }))}`;
      const other = await csrfOf(`leakhound_session=${cookieOf(await login({ token }))}`);
      const [headers, form] = make(cookie, await csrfOf(cookie), other);
      const before = await s.redis.keys('*slack-action*');
      const res = await act(headers, form);
      expect(res.status).toBe(403);
      expect(await s.redis.keys('*slack-action*')).toEqual(before);
    });

    it.each([
      [{ action: 'false-positive-confirm' }],
      [{ action: 'done', step: '../../etc' }],
      [{ action: 'history-not-needed', reason: '<b>' }],
      [{ action: 'review' }],
    ])('refuses what is not an action of the page (%o)', async (form) => {
      const cookie = `leakhound_session=${cookieOf(await login({ token }))}`;
      const res = await act({ cookie }, { ...form, csrf: await csrfOf(cookie) });
      expect(res.status).toBe(400);
    });

    it('accepts a signed-in form with its token and Origin, and sends the press to the same job as Slack', async () => {
      const cookie = `leakhound_session=${cookieOf(await login({ token }))}`;
      const res = await act({ cookie }, { action: 'done', step: 'revoke', csrf: await csrfOf(cookie) });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/ui/incidents/${ids.open}?done=done#actions`);
      expect((await s.redis.keys('*slack-action*')).length).toBeGreaterThan(0);
    });

    it('answers a review that is not ready to close on the page, naming the open steps', async () => {
      const cookie = `leakhound_session=${cookieOf(await login({ token }))}`;
      const res = await act({ cookie }, { rootCause: 'ci-log', whatFailed: 'x', csrf: await csrfOf(cookie) }, 'review');
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('The incident cannot be closed yet: these steps are still open');
    });
  });

  describe('the list', () => {
    const rows = async (query: string): Promise<string> => {
      const res = await get(`/ui${query}`, bearer);
      expect(res.status).toBe(200);
      return res.text();
    };

    it('lists every incident, newest first, linking to each page', async () => {
      const body = await rows('');
      for (const id of Object.values(ids)) expect(body).toContain(`href="/ui/incidents/${id}"`);
    });

    it.each([
      ['?state=open', ['open'], ['contained', 'hostile']],
      ['?state=closed', ['contained', 'hostile'], ['open']],
      ['?provider=none', ['open'], ['contained', 'hostile']],
      ['?provider=aws&severity=high', ['contained', 'hostile'], ['open']],
      ['?severity=medium', ['open'], ['contained', 'hostile']],
      ['?repo=PAYMENTS', ['contained'], ['open', 'hostile']],
      ['?repo=nothing-like-this', [], ['open', 'contained', 'hostile']],
    ])('filters with %s', async (query, shown, hidden) => {
      const body = await rows(query);
      for (const k of shown) expect(body).toContain(`/ui/incidents/${ids[k]}`);
      for (const k of hidden) expect(body).not.toContain(`/ui/incidents/${ids[k]}`);
    });

    it.each([
      ['?state=<b>', 'expected one of open, needs-human, contained, closed'],
      ['?severity=urgent', 'expected one of critical, high, medium, low, info'],
      ['?provider=AWS!', 'expected a provider id'],
    ])('answers 400 naming the problem for %s, and escapes what was given', async (query, message) => {
      const res = await get(`/ui${query}`, bearer);
      expect(res.status).toBe(400);
      const body = await res.text();
      expect(body).toContain(message);
      expect(body).not.toContain('<b>');
    });
  });

  describe('an incident page', () => {
    it('shows the facts, the exposure bar, the four phases, the timeline and the report', async () => {
      const res = await get(`/ui/incidents/${ids.contained}`, bearer);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('<h1>AWS access key ID in octo-org/payments</h1>');
      expect(body).toMatch(/<svg class="exposure"[^>]*role="img"/);
      expect(body).toContain('The credential was exposed for 1d 5h 0m, until it was contained.');
      for (const phase of [
        '1. Containment',
        '2. Investigation',
        '3. Eradication and notification',
        '4. Post-incident review',
      ])
        expect(body).toContain(phase);
      expect(body).toContain('Deactivate the access key');
      expect(body).toContain('aws-verify ok');
      expect(body).toContain('found in octo-org/payments');
      expect(body).toMatch(
        /<section class="report"[^>]*><h3>Post-incident report: AWS access key ID in octo-org\/payments<\/h3><table>/,
      );
    });

    it('escapes every name that came from a repository, and never links a javascript: URL', async () => {
      const body = await (await get(`/ui/incidents/${ids.hostile}`, bearer)).text();
      const list = await (await get('/ui', bearer)).text();
      for (const page of [body, list]) {
        expect(page).not.toMatch(/<script|<img|<svg onload|<b onmouseover|<i>/i);
        expect(page).not.toMatch(/href="javascript:/i);
      }
      expect(body).toContain('evil/&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).toContain('&lt;img src=x onerror=alert(2)&gt;.env:3');
      expect(body).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
      expect(body).toContain('opened &lt;b onmouseover=alert(4)&gt;bold&lt;/b&gt;');
      expect(body).toContain('<h3>Report for &lt;script&gt;alert(5)&lt;/script&gt;</h3>');
      expect(body).toContain('<code>&lt;i&gt;x&lt;/i&gt;</code>');
    });

    it('never shows a stored secret, only the redacted credential', async () => {
      const body = await (await get(`/ui/incidents/${ids.open}`, bearer)).text();
      expect(body).toContain('ghp_…abcd');
      expect(body).not.toContain(secret);
    });

    it.each(['f'.repeat(32), 'not-an-id', '..%2f..%2fetc'])('answers 404 for %s', async (id) => {
      const res = await get(`/ui/incidents/${id}`, bearer);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('No incident has this id');
    });
  });
});
