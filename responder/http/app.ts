// The HTTP app: one sub-app per resource, errors mapped to statuses once, here.
import { Hono } from 'hono';
import { errorMessage } from '../log.js';
import { SchemaError } from '../schema.js';
import type { Services } from '../services.js';
import { HttpError } from './errors.js';
import { healthApp } from './health.js';
import { incidentsApp } from './incidents.js';
import { metricsApp } from './metrics.js';
import { slackApp } from './slack.js';
import { uiApp } from './ui/ui-app.js';
import { webhooksApp } from './webhooks.js';

export function createApp(s: Services): Hono {
  const app = new Hono();
  app.route('/', healthApp(s));
  app.route('/', metricsApp(s));
  app.route('/webhooks', webhooksApp(s));
  app.route('/slack', slackApp(s));
  app.route('/incidents', incidentsApp(s));
  app.route('/ui', uiApp(s));

  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (err instanceof SchemaError) return c.json({ error: `malformed payload: ${err.message}` }, 400);
    s.log.error('request failed', { method: c.req.method, path: c.req.path, error: errorMessage(err) });
    return c.json({ error: 'internal error; see the server log' }, 500);
  });
  return app;
}
