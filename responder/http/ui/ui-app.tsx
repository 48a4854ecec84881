// GET /ui: the incident pages, server-rendered with Hono's JSX (no front-end build, no
// script). Signed in with the API token as a bearer header, or once through the login form,
// which starts a session (see session.ts). Every form post must come from our own origin.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readFindings } from '../../ledger/investigation.js';
import type { Incident } from '../../ledger/types.js';
import type { Services } from '../../services.js';
import { CloudTrailSection } from './cloudtrail-section.js';
import { FindingsSection } from './findings-section.js';
import { matches, parseFilters } from './filters.js';
import { IncidentPage } from './incident-page.js';
import { LoginPage, MessagePage } from './layout.js';
import { ListPage } from './list-page.js';
import { isSignedIn, sameOrigin, signIn, signOut, type Viewer, viewer } from './session.js';
import { actionsView, registerWebActions } from './web-actions.js';
import { registerSlackSignIn } from './slack-sign-in.js';
import { STYLESHEET } from './style.js';
import { forbidden, page } from './respond.js';

/** Incidents read for one list page (newest first) and rows shown at most. */
const SCAN_LIMIT = 1000;
const SHOW_LIMIT = 200;

/** Where to go after signing in: a page of ours, never another site (`//evil`, `/\evil`). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/ui(?:[/?][\w\-./?=&%+]*)?$/.test(next) ? next : '/ui';
}

export function uiApp(s: Services): Hono {
  const app = new Hono();
  const slack = s.config.slack.oidc !== undefined;
  registerSlackSignIn(app, s, safeNext);

  app.get('/style.css', (c) =>
    c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }),
  );

  app.get('/login', async (c) => {
    if (await isSignedIn(c, s)) return c.redirect('/ui', 303);
    return page(c, <LoginPage next={safeNext(c.req.query('next'))} disabled={!s.config.apiToken} slack={slack} />);
  });

  app.post('/login', bodyLimit({ maxSize: 8 * 1024 }), async (c) => {
    if (!sameOrigin(c)) return forbidden(c);
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
      return page(c, <LoginPage next="/ui" error="Expected the sign-in form's fields." />, 400);
    }
    const form = await c.req.parseBody();
    const next = safeNext(form.next);
    const token = typeof form.token === 'string' ? form.token : '';
    if (!s.config.apiToken) return page(c, <LoginPage next={next} disabled />, 401);
    if (!(await signIn(c, s, token))) {
      s.log.warn('ui sign-in refused: wrong token', { ip: c.req.header('x-forwarded-for') ?? '' });
      return page(c, <LoginPage next={next} error="That is not the API token. Check LEAKHOUND_API_TOKEN." />, 401);
    }
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    if (!sameOrigin(c)) return forbidden(c);
    await signOut(c, s);
    return c.redirect('/ui/login', 303);
  });

  const requireSignIn = async (c: Context, next: () => Promise<void>): Promise<Response | undefined> => {
    if (await isSignedIn(c, s)) {
      await next();
      return undefined;
    }
    c.header('WWW-Authenticate', 'Bearer realm="leakhound"');
    const url = new URL(c.req.url);
    return page(
      c,
      <LoginPage next={safeNext(url.pathname + url.search)} disabled={!s.config.apiToken} slack={slack} />,
      401,
    );
  };
  app.use('/', requireSignIn);
  app.use('/incidents/*', requireSignIn);

  app.get('/', async (c) => {
    const parsed = parseFilters((name) => c.req.query(name));
    const filters = parsed.ok ? parsed.filters : {};
    const ids = await s.ledger.list(SCAN_LIMIT);
    const all = (await Promise.all(ids.map((id) => s.ledger.get(id)))).filter((i): i is Incident => i !== undefined);
    const providers = [...new Set(all.map((i) => i.provider ?? 'none'))].sort();
    const view = {
      incidents: all.filter((i) => matches(i, filters)).slice(0, SHOW_LIMIT),
      filters,
      providers,
      scanned: ids.length,
      total: await s.ledger.count(),
      shownLimit: SHOW_LIMIT,
      ...(parsed.ok ? {} : { error: parsed.error }),
    };
    return page(c, <ListPage view={view} />, parsed.ok ? 200 : 400);
  });

  const renderIncident = async (c: Context, incident: Incident, v: Viewer, error?: string) => {
    const id = incident.id;
    const [timeline, report, findings] = await Promise.all([
      s.ledger.timeline(id),
      s.ledger.getField(id, 'report'),
      readFindings(s.ledger, id),
    ]);
    const { cloudTrail, github, capabilities } = findings;
    const view = {
      incident,
      timeline,
      now: new Date(),
      actions: actionsView(s, v, c.req.query('done'), error),
      ...(report ? { report } : {}),
      ...(cloudTrail || github || capabilities
        ? {
            investigation: (
              <>
                <FindingsSection github={github} capabilities={capabilities} />
                {cloudTrail && <CloudTrailSection summary={cloudTrail} />}
              </>
            ),
          }
        : {}),
    };
    return page(c, <IncidentPage view={view} />, error ? 400 : 200);
  };

  app.get('/incidents/:id', async (c) => {
    const id = c.req.param('id');
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : undefined;
    if (!incident) {
      const message = 'No incident has this id. Incident ids are 32 hexadecimal characters; pick one from the list.';
      return page(c, <MessagePage title="Incident not found" message={message} signedIn />, 404);
    }
    return renderIncident(c, incident, (await viewer(c, s))!);
  });

  registerWebActions(app, s, renderIncident);

  return app;
}
