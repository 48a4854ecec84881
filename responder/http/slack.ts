// POST /slack/actions: Slack's interactivity endpoint, served by Hono and handled by a Bolt
// app through a small receiver. The request is verified with the signing secret before
// anything is parsed; a click is enqueued as a job and acknowledged well within Slack's
// three seconds.
import { App, LogLevel, verifySlackRequest, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { JOBS, type JobData, SLACK_ACTIONS, type SlackAction } from '../queue/job-map.js';
import { parse } from '../schema.js';
import { jobId } from '../queue/producer.js';
import type { Services } from '../services.js';
import { ACTION_PREFIX } from '../slack/blocks.js';
import { HttpError, badRequest, unauthorized, withinDeadline } from './errors.js';
import { REVIEW_CALLBACK } from '../slack/review-modal.js';
import { openReviewForm, submitReview, type ReviewSubmission } from './slack-review.js';

/** Slack retries after 3 s; answer before then even if Bolt never calls ack(). */
const ACK_DEADLINE_MS = 2500;
const SLACK_BODY_LIMIT = 1024 * 1024;

/** Bolt's receiver contract, with the HTTP side left to Hono. */
class HonoReceiver implements Receiver {
  private app?: App;
  init(app: App): void {
    this.app = app;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  dispatch(event: ReceiverEvent): Promise<void> {
    if (!this.app) throw new Error('the Slack receiver was used before Bolt initialised it');
    return this.app.processEvent(event);
  }
}

export function slackApp(s: Services): Hono {
  const app = new Hono();
  const { signingSecret, botToken, apiUrl } = s.config.slack;
  if (!signingSecret) {
    app.post('/actions', () => {
      throw new HttpError(503, 'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN');
    });
    return app;
  }
  const receiver = new HonoReceiver();
  const bolt = new App({
    // An explicit authorize keeps Bolt from calling auth.test: this process never posts to Slack.
    authorize: async () => ({ botToken: botToken ?? '' }),
    receiver,
    logLevel: LogLevel.ERROR,
    ...(apiUrl ? { clientOptions: { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } } : {}),
  });

  bolt.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, action, body }) => {
    const a = action as { action_id?: string; value?: string; selected_option?: { value?: string } };
    const name = a.action_id?.slice(ACTION_PREFIX.length) as SlackAction;
    // `<incident id>` or `<incident id>:<step>` (a "Done" button names the one step it confirms),
    // or `<incident id>:history:<reason>` from the "Not needed" menu (a select, not a button).
    const [incidentId = '', step, reason] = (a.value ?? a.selected_option?.value ?? '').split(':');
    if (!SLACK_ACTIONS.includes(name) || !/^[0-9a-f]{32}$/.test(incidentId)) {
      await ack();
      return;
    }
    const b = body as {
      trigger_id?: string;
      user: { id: string };
      team?: { id?: string } | null;
      channel?: { id?: string };
      container?: { message_ts?: string };
    };
    const actionTs = (action as { action_ts?: string }).action_ts;
    const click = {
      incidentId,
      action: name,
      user: b.user.id,
      step,
      reason,
      team: b.team?.id,
      channel: b.channel?.id,
      messageTs: b.container?.message_ts,
      actionTs,
    };
    // Validated here so that a hostile payload never becomes a job that can only fail.
    let data: JobData<'incident', 'slack-action'>;
    try {
      data = parse(JOBS.incident['slack-action'], click, 'payload');
    } catch (err) {
      s.log.warn('ignored a malformed Slack click', { error: (err as Error).message });
      await ack();
      return;
    }
    // "Close with review" opens the modal here: its trigger_id is good for 3 seconds, too short for a job.
    if (name === 'close' && b.trigger_id && (await openReviewForm(s, data, b.trigger_id))) {
      await ack();
      return;
    }
    await withinDeadline(
      // Slack retries a click it got no answer for with the same action_ts: one job per click.
      s.producer.add(
        'incident',
        'slack-action',
        data,
        jobId(
          'slack-action',
          incidentId,
          name,
          step ?? '',
          ...(reason ? [reason] : []),
          data.user ?? '',
          actionTs ?? '',
        ),
      ),
      ACK_DEADLINE_MS - 500,
      'enqueuing the Slack action',
    );
    await ack();
  });

  bolt.view(REVIEW_CALLBACK, async ({ ack, body, view }) => {
    const answer = await submitReview(s, body as ReviewSubmission, view);
    await ack(answer as never);
  });

  app.post(
    '/actions',
    // Slack's interactive payloads are a few kilobytes; anything near this is not from Slack.
    bodyLimit({
      maxSize: SLACK_BODY_LIMIT,
      onError: () => {
        throw new HttpError(413, `a Slack action is at most ${SLACK_BODY_LIMIT} bytes`);
      },
    }),
    async (c) => {
      const raw = await c.req.text();
      const signature = c.req.header('x-slack-signature');
      const timestamp = Number(c.req.header('x-slack-request-timestamp'));
      if (!signature || !Number.isFinite(timestamp))
        throw unauthorized('missing X-Slack-Signature or X-Slack-Request-Timestamp');
      try {
        verifySlackRequest({
          signingSecret,
          body: raw,
          headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        });
      } catch {
        throw unauthorized('Slack signature does not verify: check SLACK_SIGNING_SECRET (and the server clock)');
      }
      const payload = new URLSearchParams(raw).get('payload');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(payload ?? '') as Record<string, unknown>;
      } catch {
        throw badRequest("expected a form field `payload` holding Slack's JSON");
      }
      if (typeof body !== 'object' || body === null) throw badRequest('payload is not a JSON object');

      let acked: (value: unknown) => void = () => {};
      const ack = new Promise<unknown>((resolve) => {
        acked = resolve;
      });
      const handled = receiver.dispatch({ body, ack: async (response?: unknown) => acked(response ?? '') });
      handled.catch((err: unknown) =>
        s.log.warn('Slack action failed', { error: err instanceof Error ? err.message : String(err) }),
      );
      let answer: unknown;
      const outcome = await Promise.race([
        ack.then((response) => {
          answer = response;
          return 'acked' as const;
        }),
        handled.then(
          () => 'done' as const,
          () => 'failed' as const,
        ),
        new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ACK_DEADLINE_MS).unref()),
      ]);
      if (outcome === 'failed') throw new HttpError(503, 'could not record the action; press the button again');
      // A view_submission answers with its validation errors; a click with an empty 200.
      if (outcome === 'acked' && typeof answer === 'object' && answer !== null) return c.json(answer as object, 200);
      return c.body(null, 200);
    },
  );
  return app;
}
