// The incident page's action buttons: the same actions as the Slack message's buttons, as
// plain HTML forms (the page runs no script). Each form carries the session's CSRF token; the
// server checks it, the Origin, and then the same responder rules as Slack (see web-actions.tsx).
import { approveButton } from '../../providers/registry.js';
import type { Incident } from '../../ledger/types.js';
import { HOOK_COMMAND } from '../../people/messages.js';
import { openTasks, stepTitle } from '../../playbook/playbook.js';
import { closable } from '../../review/closable.js';
import { LIMITS, ROOT_CAUSES } from '../../review/review.js';
import { awaitingApproval } from '../../triage/evidence.js';

export interface ActionsView {
  csrf: string;
  /** Who the server will record: `slack:U…` or `web:api-token`. */
  actor: string;
  /** A message after the last action (from the redirect), or a form error. */
  notice?: string;
  error?: string;
}

function ActionForm(props: {
  incident: Incident;
  csrf: string;
  action: string;
  label: string;
  step?: string;
  danger?: boolean;
}) {
  return (
    <form method="post" action={`/ui/incidents/${props.incident.id}/actions`} class="action">
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="action" value={props.action} />
      {props.step && <input type="hidden" name="step" value={props.step} />}
      <button type="submit" class={props.danger ? 'danger' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

const NOT_NEEDED: Record<string, string> = {
  private: 'private repository',
  revoked: 'secret revoked',
  'not-pushed': 'never on a shared branch',
};

export function ActionsSection({ incident: i, view }: { incident: Incident; view: ActionsView }) {
  if (i.state === 'closed') return null;
  const approve = i.provider ? approveButton(i.provider) : undefined;
  const tasks = openTasks(i.steps).filter((st) => st !== 'report');
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">Actions</h2>
      <p class="muted">
        Recorded on the timeline as <code>{view.actor}</code>. Only the security responders may act.
      </p>
      {view.notice && (
        <p role="status" class="notice">
          {view.notice}
        </p>
      )}
      <div class="actions">
        {approve && awaitingApproval(i) && (
          <ActionForm incident={i} csrf={view.csrf} action="contain" label={approve.label} danger />
        )}
        {!i.acknowledged && <ActionForm incident={i} csrf={view.csrf} action="acknowledge" label="Acknowledge" />}
        {tasks.map((st) => (
          <ActionForm incident={i} csrf={view.csrf} action="done" step={st} label={`Done: ${stepTitle(st)}`} />
        ))}
        {i.steps.history?.status === 'task' && (
          <form method="post" action={`/ui/incidents/${i.id}/actions`} class="action">
            <input type="hidden" name="csrf" value={view.csrf} />
            <input type="hidden" name="action" value="history-not-needed" />
            <label>
              History rewrite not needed:{' '}
              <select name="reason">
                {Object.entries(NOT_NEEDED).map(([value, text]) => (
                  <option value={value}>{text}</option>
                ))}
              </select>
            </label>{' '}
            <button type="submit">Mark not needed</button>
          </form>
        )}
      </div>
      {closable(i).ok ? (
        <ReviewForm incident={i} view={view} />
      ) : (
        <>
          {view.error && (
            <p class="error" role="alert">
              {view.error}
            </p>
          )}
          <p class="muted">Closing with the review is possible once every step is done or not needed.</p>
        </>
      )}
    </section>
  );
}

function ReviewForm({ incident: i, view }: { incident: Incident; view: ActionsView }) {
  return (
    <form method="post" action={`/ui/incidents/${i.id}/review`} class="review-form" aria-labelledby="review-form">
      <h3 id="review-form">Close with review</h3>
      {view.error && (
        <p class="error" role="alert" id="review-error">
          {view.error}
        </p>
      )}
      <input type="hidden" name="csrf" value={view.csrf} />
      <label>
        Root cause
        <select name="rootCause" required>
          {Object.entries(ROOT_CAUSES).map(([value, text]) => (
            <option value={value}>{text}</option>
          ))}
        </select>
      </label>
      <label>
        Root cause in your words (needed for "other")
        <input type="text" name="rootCauseText" maxlength={LIMITS.rootCauseText} />
      </label>
      <label>
        What failed
        <textarea name="whatFailed" required rows={3} maxlength={LIMITS.whatFailed} />
      </label>
      <label>
        Follow-ups (one per line; each becomes a task)
        <textarea name="followUps" rows={3} />
      </label>
      <label class="check">
        <input type="checkbox" name="addHook" value="on" /> Add the pre-commit hook to this repository (
        <code>{HOOK_COMMAND}</code>)
      </label>
      <button type="submit">Close incident</button>
    </form>
  );
}
