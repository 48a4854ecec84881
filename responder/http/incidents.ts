// GET /incidents, /incidents/:id and /incidents/:id/report, behind a bearer token.
import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Services } from '../services.js';
import { HttpError, unauthorized } from './errors.js';

export function incidentsApp(s: Services): Hono {
  const app = new Hono();
  const expected = s.config.apiToken;

  app.use('*', async (c, next) => {
    if (!expected) throw unauthorized('the incidents API is disabled: set LEAKHOUND_API_TOKEN');
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !sameToken(given, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="leakhound"');
      throw unauthorized('expected Authorization: Bearer <LEAKHOUND_API_TOKEN>');
    }
    await next();
  });

  app.get('/', async (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 50) || 50, 1), 500);
    const state = c.req.query('state');
    const ids = await s.ledger.list(limit * (state ? 5 : 1));
    const all = await Promise.all(ids.map((id) => s.ledger.get(id)));
    const incidents = all
      .filter((i) => i !== undefined && (!state || i.state === state))
      .slice(0, limit)
      .map((i) => ({
        id: i!.id,
        state: i!.state,
        severity: i!.severity,
        ruleId: i!.ruleId,
        credential: i!.credential,
        repo: i!.repo,
        openedAt: i!.openedAt,
        containedAt: i!.containedAt,
        closedAt: i!.closedAt,
      }));
    return c.json({ incidents, total: await s.ledger.count() });
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : undefined;
    if (!incident) throw new HttpError(404, `no incident ${id}`);
    return c.json({ incident, timeline: await s.ledger.timeline(id) });
  });

  app.get('/:id/report', async (c) => {
    const id = c.req.param('id');
    const report = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.getField(id, 'report') : undefined;
    if (!report) throw new HttpError(404, `no report for incident ${id}: it is written when the incident closes`);
    return c.body(report, 200, { 'content-type': 'text/markdown; charset=utf-8' });
  });
  return app;
}

export function sameToken(given: string, expected: string): boolean {
  const h = (v: string): Buffer => createHash('sha256').update(v).digest();
  return timingSafeEqual(h(given), h(expected));
}
