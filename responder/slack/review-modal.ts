// The closing review as a Slack modal (views.open), and reading its view_submission back. The
// modal carries the incident and the message it was opened from in private_metadata, which
// only our app can set, so the submission is authorized against the same channel and message
// as the button was.
import type { Incident } from '../ledger/types.js';
import { HOOK_COMMAND } from '../people/messages.js';
import { LIMITS, ROOT_CAUSES, type ReviewField, type ReviewInput } from '../review/review.js';

export const REVIEW_CALLBACK = 'leakhound_review';

/** Block ids of the modal's inputs, by the review field they hold (Slack shows errors by block id). */
export const REVIEW_BLOCKS: Record<ReviewField | 'addHook', string> = {
  rootCause: 'root_cause',
  rootCauseText: 'root_cause_text',
  whatFailed: 'what_failed',
  followUps: 'follow_ups',
  addHook: 'add_hook',
};

export interface ReviewMetadata {
  incidentId: string;
  channel?: string;
  messageTs?: string;
}

const plain = (text: string) => ({ type: 'plain_text', text });

export function reviewModal(i: Incident, meta: ReviewMetadata): unknown {
  return {
    type: 'modal',
    callback_id: REVIEW_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: plain('Close with review'),
    submit: plain('Close incident'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `Post-incident review of the leaked ${esc(i.description)} \`${esc(i.credential)}\` in ${esc(i.repo)}. The report is written from what you enter here.`,
        },
      },
      {
        type: 'input',
        block_id: REVIEW_BLOCKS.rootCause,
        label: plain('Root cause'),
        element: {
          type: 'static_select',
          action_id: 'value',
          placeholder: plain('How did the secret get there?'),
          options: Object.entries(ROOT_CAUSES).map(([value, text]) => ({ text: plain(text), value })),
        },
      },
      {
        type: 'input',
        block_id: REVIEW_BLOCKS.rootCauseText,
        optional: true,
        label: plain('Root cause in your words (needed for "other")'),
        element: { type: 'plain_text_input', action_id: 'value', max_length: LIMITS.rootCauseText },
      },
      {
        type: 'input',
        block_id: REVIEW_BLOCKS.whatFailed,
        label: plain('What failed'),
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: LIMITS.whatFailed },
      },
      {
        type: 'input',
        block_id: REVIEW_BLOCKS.followUps,
        optional: true,
        label: plain('Follow-ups (one per line; each becomes a task)'),
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 3000 },
      },
      {
        type: 'input',
        block_id: REVIEW_BLOCKS.addHook,
        optional: true,
        label: plain('Prevention'),
        element: {
          type: 'checkboxes',
          action_id: 'value',
          options: [
            {
              text: plain('Add the pre-commit hook to this repository'),
              description: plain(`Adds a follow-up with the command: ${HOOK_COMMAND}`),
              value: 'add-hook',
            },
          ],
        },
      },
    ],
  };
}

type StateValue = { value?: unknown; selected_option?: { value?: unknown }; selected_options?: { value?: unknown }[] };

/** The modal's inputs as typed; parseReview checks them. */
export function reviewInput(values: unknown): ReviewInput {
  const v = (block: string): StateValue | undefined => {
    const b = (values as Record<string, Record<string, StateValue> | undefined> | undefined)?.[block];
    return b && typeof b === 'object' ? b.value : undefined;
  };
  return {
    rootCause: v(REVIEW_BLOCKS.rootCause)?.selected_option?.value,
    rootCauseText: v(REVIEW_BLOCKS.rootCauseText)?.value,
    whatFailed: v(REVIEW_BLOCKS.whatFailed)?.value,
    followUps: v(REVIEW_BLOCKS.followUps)?.value,
    addHook: (v(REVIEW_BLOCKS.addHook)?.selected_options ?? []).some((o) => o?.value === 'add-hook'),
  };
}

/** Our own metadata back, checked: it only ever holds ids we put there. */
export function readMetadata(raw: unknown): ReviewMetadata | undefined {
  if (typeof raw !== 'string' || raw.length > 500) return undefined;
  try {
    const m = JSON.parse(raw) as Record<string, unknown>;
    if (typeof m.incidentId !== 'string' || !/^[0-9a-f]{32}$/.test(m.incidentId)) return undefined;
    const channel = typeof m.channel === 'string' && /^[A-Z0-9]{2,32}$/.test(m.channel) ? m.channel : undefined;
    const messageTs =
      typeof m.messageTs === 'string' && /^\d{1,12}\.\d{1,9}$/.test(m.messageTs) ? m.messageTs : undefined;
    return { incidentId: m.incidentId, ...(channel ? { channel } : {}), ...(messageTs ? { messageTs } : {}) };
  } catch {
    return undefined;
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
