// Closing an incident the way a responder does once every step is settled: wait until the
// review is asked for (the report step becomes a task), then submit the review modal.
import type { Incident } from '../../responder/ledger/types.js';
import { waitFor } from './free-port.js';
import type { Harness } from './responder-harness.js';
import { type ReviewFields, submitSlackReview } from './slack-click.js';

export async function closeWithReview(h: Harness, incidentId: string, fields: ReviewFields = {}): Promise<void> {
  await waitFor(async () => {
    const d = await h.api<{ incident: Incident }>(`/incidents/${incidentId}`);
    return d.incident.steps.report?.status === 'task' ? true : undefined;
  }, 'the closing review to be asked for');
  const res = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incidentId, fields);
  if (res.status !== 200 || (await res.text()) !== '') throw new Error(`the review was not accepted (${res.status})`);
}
