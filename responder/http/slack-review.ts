// The Slack side of closing with a review, in the server: "Close with review" opens the modal
// (views.open needs the click's trigger_id, which lives 3 seconds), and the modal's
// view_submission is checked here — authorization again, every input bounded — so the person
// sees what is wrong inside the modal. A valid review is stored and a job closes the incident
// after authorizing once more, the same way as every other button.
import type { JobData } from '../queue/job-map.js';
import { jobId } from '../queue/producer.js';
import { closable } from '../review/closable.js';
import { PENDING_REVIEW_FIELD, parseReview } from '../review/review.js';
import type { Services } from '../services.js';
import { authorizeClick } from '../slack/responders.js';
import { readMetadata, REVIEW_BLOCKS, reviewInput, reviewModal } from '../slack/review-modal.js';

const SLACK_ID = /^[A-Z0-9]{2,32}$/;

export interface ReviewSubmission {
  user?: { id?: unknown; team_id?: unknown };
  team?: { id?: unknown } | null;
}

type Answer = { response_action: 'errors'; errors: Record<string, string> } | undefined;

/** True when the modal is open; false leaves the click to the job, which explains the refusal. */
export async function openReviewForm(
  s: Services,
  data: JobData<'incident', 'slack-action'>,
  triggerId: string,
): Promise<boolean> {
  const incident = await s.ledger.get(data.incidentId);
  if (!incident || !s.slack || !data.user) return false;
  const verdict = await authorizeClick(s, { ...data, user: data.user }, incident);
  if (!verdict.ok || !closable(incident).ok) return false;
  try {
    const meta = {
      incidentId: incident.id,
      ...(data.channel ? { channel: data.channel } : {}),
      ...(data.messageTs ? { messageTs: data.messageTs } : {}),
    };
    await s.slack.openView(triggerId, reviewModal(incident, meta));
    return true;
  } catch (err) {
    s.log.warn('could not open the review form in Slack', { error: err instanceof Error ? err.message : String(err) });
    return false;
  }
}

export async function submitReview(
  s: Services,
  body: ReviewSubmission,
  view: { private_metadata?: unknown; state?: { values?: unknown } },
): Promise<Answer> {
  const error = (field: keyof typeof REVIEW_BLOCKS, text: string): Answer => ({
    response_action: 'errors',
    errors: { [REVIEW_BLOCKS[field]]: text.slice(0, 300) },
  });
  const meta = readMetadata(view.private_metadata);
  const user = typeof body.user?.id === 'string' && SLACK_ID.test(body.user.id) ? body.user.id : undefined;
  const rawTeam = body.team?.id ?? body.user?.team_id;
  const team = typeof rawTeam === 'string' && SLACK_ID.test(rawTeam) ? rawTeam : undefined;
  if (!meta || !user) return error('rootCause', 'This form did not come from leakhound. Nothing changed.');
  const incident = await s.ledger.get(meta.incidentId);
  if (!incident) return error('rootCause', 'The incident no longer exists. Nothing changed.');
  const parsed = parseReview(reviewInput(view.state?.values), `slack:${user}`);
  if (!parsed.ok) return error(parsed.field, parsed.error);
  const click = {
    incidentId: incident.id,
    action: 'review' as const,
    user,
    team,
    channel: meta.channel,
    messageTs: meta.messageTs,
  };
  const verdict = await authorizeClick(s, click, incident);
  const job = (): Promise<unknown> =>
    s.producer.add(
      'incident',
      'slack-action',
      stripUndefined(click),
      jobId('slack-action', incident.id, 'review', user, parsed.review.at),
    );
  if (!verdict.ok) {
    // The job authorizes again and puts the refusal on the record, as for any button.
    await job();
    return error('rootCause', verdict.tell);
  }
  const can = closable(incident);
  if (!can.ok) return error('rootCause', `The incident cannot be closed yet: ${can.reason}.`);
  await s.ledger.setFields(incident.id, { [PENDING_REVIEW_FIELD]: JSON.stringify(parsed.review) });
  await job();
  return undefined;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
