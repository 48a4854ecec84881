// POST /ui/incidents/:id/actions and /ui/incidents/:id/review: the page's buttons. A form is
// accepted only from our own origin, with the CSRF token of the session that shows it (a
// bearer-token caller needs none: browsers never send that header by themselves). The action
// then becomes the same job a Slack button makes (`slack-action`, via `web`), which checks the
// responder rules and records who did it — the rules are the Slack buttons' rules, in one place.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Incident } from '../../ledger/types.js';
import { STEP_IDS } from '../../playbook/playbook.js';
import type { JobData, SlackAction } from '../../queue/job-map.js';
import { jobId } from '../../queue/producer.js';
import { closable } from '../../review/closable.js';
import { PENDING_REVIEW_FIELD, parseReview } from '../../review/review.js';
import type { Services } from '../../services.js';
import { authorizeWebAction } from '../../slack/responders.js';
import type { ActionsView } from './action-forms.js';
import { forbidden, page } from './respond.js';
import { csrfToken, csrfValid, sameOrigin, type Viewer, viewer } from './session.js';
import { MessagePage } from './layout.js';

/** The buttons a page may press; `review` has its own form, `close` is the form itself. */
const PAGE_ACTIONS: SlackAction[] = ['acknowledge', 'contain', 'done', 'history-not-needed'];
const REASONS = ['private', 'revoked', 'not-pushed'];
const NOTICES: Record<string, string> = {
  acknowledge: 'Acknowledged.',
  contain: 'Containment approved: it runs now.',
  done: 'Step marked done.',
  'history-not-needed': 'History rewrite marked not needed.',
  review: 'Review submitted: the incident closes and the report is written.',
};

export function actorOfViewer(v: Viewer): string {
  return v.via === 'session' && v.user ? `slack:${v.user}` : 'web:api-token';
}

/** What the incident page needs to draw its forms for this viewer. */
export function actionsView(s: Services, v: Viewer, done?: string, error?: string): ActionsView {
  return {
    csrf: v.via === 'session' ? csrfToken(s, v.session) : '',
    actor: actorOfViewer(v),
    ...(done && NOTICES[done] ? { notice: NOTICES[done] } : {}),
    ...(error ? { error } : {}),
  };
}

/** A Slack-ts-shaped stamp: makes each press its own job and its own timeline entry, as Slack's action_ts does. */
function stamp(): string {
  const ms = Date.now();
  return `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
}

export function registerWebActions(
  app: Hono,
  s: Services,
  renderIncident: (c: Context, incident: Incident, v: Viewer, error: string) => Response | Promise<Response>,
): void {
  const guard = async (
    c: Context,
  ): Promise<{ v: Viewer; incident: Incident; form: Record<string, unknown> } | Response> => {
    if (!sameOrigin(c) && !/^Bearer /i.test(c.req.header('authorization') ?? '')) return forbidden(c);
    const v = await viewer(c, s);
    if (!v)
      return page(
        c,
        <MessagePage title="Sign in first" message="Sign in to act on incidents." signedIn={false} />,
        401,
      );
    if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '')) {
      return page(c, <MessagePage title="Refused" message="Expected the page's form fields." signedIn />, 400);
    }
    const form = await c.req.parseBody();
    if (!csrfValid(s, v, form.csrf)) {
      const message =
        'This form is stale or was not made by leakhound for your session. Reload the incident page and try again.';
      return page(c, <MessagePage title="Refused" message={message} signedIn />, 403);
    }
    const id = c.req.param('id') ?? '';
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : undefined;
    if (!incident)
      return page(c, <MessagePage title="Incident not found" message="No incident has this id." signedIn />, 404);
    return { v, incident, form };
  };

  const enqueue = async (v: Viewer, data: Omit<JobData<'incident', 'slack-action'>, 'via' | 'user'>): Promise<void> => {
    const user = v.via === 'session' ? v.user : undefined;
    const job = { ...data, via: 'web' as const, ...(user ? { user } : {}) };
    const parts = [
      data.incidentId,
      data.action,
      data.step ?? '',
      data.reason ?? '',
      user ?? 'api-token',
      data.actionTs ?? '',
    ];
    await s.producer.add('incident', 'slack-action', job, jobId('slack-action', ...parts));
  };

  app.post('/incidents/:id/actions', bodyLimit({ maxSize: 16 * 1024 }), async (c) => {
    const g = await guard(c);
    if (g instanceof Response) return g;
    const { v, incident, form } = g;
    const action = String(form.action ?? '') as SlackAction;
    const step = typeof form.step === 'string' && STEP_IDS.includes(form.step) ? form.step : undefined;
    const reason = typeof form.reason === 'string' && REASONS.includes(form.reason) ? form.reason : undefined;
    if (
      !PAGE_ACTIONS.includes(action) ||
      (action === 'done' && !step) ||
      (action === 'history-not-needed' && !reason)
    ) {
      return page(c, <MessagePage title="Refused" message="That is not an action of this page." signedIn />, 400);
    }
    const verdict = await authorizeWebAction(s, v.via === 'session' ? v.user : undefined);
    // The job checks again and records a refusal on the timeline, as for a Slack button.
    await enqueue(v, {
      incidentId: incident.id,
      action,
      ...(step ? { step } : {}),
      ...(reason ? { reason: reason as 'private' } : {}),
      actionTs: stamp(),
    });
    if (!verdict.ok) return page(c, <MessagePage title="Refused" message={`${verdict.tell}`} signedIn />, 403);
    return c.redirect(`/ui/incidents/${incident.id}?done=${action}#actions`, 303);
  });

  app.post('/incidents/:id/review', bodyLimit({ maxSize: 64 * 1024 }), async (c) => {
    const g = await guard(c);
    if (g instanceof Response) return g;
    const { v, incident, form } = g;
    const by = actorOfViewer(v);
    const verdict = await authorizeWebAction(s, v.via === 'session' ? v.user : undefined);
    if (!verdict.ok) {
      await enqueue(v, { incidentId: incident.id, action: 'review', actionTs: stamp() });
      return page(c, <MessagePage title="Refused" message={verdict.tell} signedIn />, 403);
    }
    const can = closable(incident);
    if (!can.ok) return renderIncident(c, incident, v, `The incident cannot be closed yet: ${can.reason}.`);
    const parsed = parseReview(
      {
        rootCause: form.rootCause,
        rootCauseText: form.rootCauseText,
        whatFailed: form.whatFailed,
        followUps: form.followUps,
        addHook: form.addHook,
      },
      by,
    );
    if (!parsed.ok) return renderIncident(c, incident, v, parsed.error);
    await s.ledger.setFields(incident.id, { [PENDING_REVIEW_FIELD]: JSON.stringify(parsed.review) });
    await enqueue(v, { incidentId: incident.id, action: 'review', actionTs: stamp() });
    return c.redirect(`/ui/incidents/${incident.id}?done=review#actions`, 303);
  });
}
