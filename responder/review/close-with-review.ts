// Closing an incident with its post-incident review: allowed only when every step but the
// report is done or moot (so never while eradication is open), by the responder who wrote the
// review. The review was checked and stored by the server when it was submitted; this runs in
// the job, after the same authorization as every other button.
import { close } from '../jobs/lifecycle.js';
import { notifySlack } from '../jobs/record.js';
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import { closable } from './closable.js';
import { followUpTasks, PENDING_REVIEW_FIELD, readReview, REVIEW_FIELD, rootCauseText } from './review.js';

export async function closeWithReview(ctx: JobContext, incident: Incident, by: string): Promise<string> {
  const { ledger } = ctx.s;
  const review = readReview(await ledger.getField(incident.id, PENDING_REVIEW_FIELD));
  if (!review || review.by !== by) return 'no review from this person waiting';
  const can = closable(incident);
  if (!can.ok) {
    await ledger.append(incident.id, {
      actor: by,
      kind: 'review-refused',
      text: `submitted the closing review, but ${can.reason}; nothing changed`,
      key: `review-refused:${review.at}`,
    });
    await notifySlack(ctx, incident.id, `review-refused:${review.at}`);
    return 'not closable';
  }
  await ledger.setFields(incident.id, { [REVIEW_FIELD]: JSON.stringify(review) });
  if (!incident.acknowledged) {
    await ledger.setOnce(incident.id, 'ack', JSON.stringify({ by, at: review.at }));
  }
  await ledger.append(incident.id, {
    actor: by,
    kind: 'review',
    text: `wrote the post-incident review: root cause "${rootCauseText(review)}"`,
    key: 'review',
  });
  for (const [n, task] of followUpTasks(review, incident.repo).entries()) {
    await ledger.append(incident.id, {
      actor: by,
      kind: 'follow-up',
      text: `follow-up task: ${task}`,
      key: `follow-up:${n}`,
    });
  }
  await close(ctx, incident, 'contained', by);
  await notifySlack(ctx, incident.id, 'closed-with-review');
  return 'closed with review';
}
