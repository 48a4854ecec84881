// POST /webhooks/github: verify the signature over the raw body (timing-safe, current and
// previous secret), then parse, then enqueue, and answer 202 well inside GitHub's 10-second
// delivery window. A delivery seen before (by id or by body digest) is acknowledged without
// enqueuing again, unless its jobs failed (see deliveries.ts).
import { Webhooks } from '@octokit/webhooks';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Services } from '../services.js';
import { HttpError, badRequest, unauthorized, withinDeadline } from './errors.js';
import { bodyDigest, checkDelivery, recordDelivery } from './deliveries.js';
import { githubEvents } from './github-events.js';

/** How long intake waits for Redis before answering 503 (GitHub gives up at 10 s). */
const ENQUEUE_DEADLINE_MS = 8000;

export function webhooksApp(s: Services): Hono {
  const [current, ...previous] = s.config.webhookSecrets.map((secret) => new Webhooks({ secret }));
  const until = s.config.previousSecretUntil;
  let expiryLogged = false;
  /** The previous secret stops verifying at its expiry; the log says so once. */
  const verifiers = (): Webhooks[] => {
    if (until === undefined || Date.now() < until) return [current!, ...previous];
    if (!expiryLogged && previous.length > 0) {
      expiryLogged = true;
      s.log.warn('GITHUB_WEBHOOK_SECRET_PREVIOUS expired; only GITHUB_WEBHOOK_SECRET verifies webhooks now', {
        until: new Date(until).toISOString(),
      });
    }
    return [current!];
  };
  const dispatch = githubEvents(s.producer);
  const app = new Hono();

  app.post(
    '/github',
    bodyLimit({
      maxSize: s.config.bodyLimitBytes,
      onError: () => {
        throw new HttpError(413, `payload larger than ${s.config.bodyLimitBytes} bytes (LEAKHOUND_WEBHOOK_BODY_LIMIT)`);
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) {
        throw new HttpError(
          415,
          "expected Content-Type: application/json; set the webhook's content type to application/json in GitHub",
        );
      }
      const raw = await c.req.text();
      const signature = c.req.header('x-hub-signature-256');
      if (!signature) throw unauthorized('missing X-Hub-Signature-256: configure a secret on the GitHub webhook');
      if (!(await verify(verifiers(), raw, signature)))
        throw unauthorized('signature does not match: check GITHUB_WEBHOOK_SECRET');
      const event = c.req.header('x-github-event');
      const delivery = c.req.header('x-github-delivery');
      if (!event || !delivery) throw badRequest('missing X-GitHub-Event or X-GitHub-Delivery header');
      let payload: unknown;
      try {
        payload = JSON.parse(raw);
      } catch {
        throw badRequest('body is not valid JSON');
      }
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw badRequest('body is not a JSON object');
      if (event === 'ping') return c.json({ status: 'pong' }, 200);

      const digest = bodyDigest(raw);
      const seen = await withinDeadline(
        checkDelivery(s, delivery, digest),
        ENQUEUE_DEADLINE_MS,
        'checking the delivery',
      );
      if (seen === 'duplicate') return c.json({ status: 'duplicate', delivery }, 200);
      const outcome = await withinDeadline(dispatch(delivery, event, payload), ENQUEUE_DEADLINE_MS, 'enqueuing');
      // Recorded only after enqueuing: a delivery that failed halfway can be redelivered. Job ids
      // make a second enqueue of the same work a no-op anyway.
      await withinDeadline(
        recordDelivery(s, delivery, digest, event, outcome.jobs ?? []),
        ENQUEUE_DEADLINE_MS,
        'recording the delivery',
      );
      return c.json({ ...outcome, delivery }, outcome.status === 'queued' ? 202 : 200);
    },
  );
  return app;
}

async function verify(verifiers: Webhooks[], raw: string, signature: string): Promise<boolean> {
  for (const v of verifiers) {
    if (await v.verify(raw, signature).catch(() => false)) return true;
  }
  return false;
}
