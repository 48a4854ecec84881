// GET /incidents, /incidents/:id and /incidents/:id/report, behind a bearer token.
import { Hono } from 'hono';
import type { Services } from '../services.js';
import { requireBearer } from './bearer.js';
import { HttpError } from './errors.js';

export function incidentsApp(s: Services): Hono {
  const app = new Hono();
  app.use('*', requireBearer(s.config.apiToken, 'LEAKHOUND_API_TOKEN', 'the incidents API'));
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
