import { Hono } from 'hono';
import { ping } from '../redis/connect.js';
import type { Services } from '../services.js';

/** /healthz: the process answers. /readyz: and Redis answers too. */
export function healthApp(s: Services): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const redis = await ping(s.redis, 1000);
    return c.json({ status: redis ? 'ready' : 'not ready', redis: redis ? 'ok' : 'unreachable' }, redis ? 200 : 503);
  });
  return app;
}
