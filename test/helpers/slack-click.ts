// A signed Slack block_actions request, as Slack sends it when someone presses a button.
import { createHmac } from 'node:crypto';

export async function clickSlackButton(
  baseUrl: string,
  signingSecret: string,
  action: string,
  incidentId: string,
  user = 'U0SECOPS',
  opts: { team?: string; channel?: string; messageTs?: string; value?: string } = {},
): Promise<Response> {
  const body = new URLSearchParams({
    payload: JSON.stringify({
      type: 'block_actions',
      user: { id: user, username: 'secops', team_id: opts.team ?? 'T0TEAM' },
      team: { id: opts.team ?? 'T0TEAM' },
      channel: { id: opts.channel ?? 'C0SECURITY' },
      container: { type: 'message', message_ts: opts.messageTs ?? '1700000000.000001' },
      trigger_id: 'trigger',
      actions: [
        {
          type: 'button',
          action_id: `leakhound_${action}`,
          value: opts.value ?? incidentId,
          action_ts: (Date.now() / 1000).toFixed(6),
        },
      ],
    }),
  }).toString();
  return postSigned(baseUrl, signingSecret, body);
}

export interface ReviewFields {
  rootCause?: string;
  rootCauseText?: string;
  whatFailed?: string;
  followUps?: string;
  addHook?: boolean;
}

/** A signed view_submission of the closing review modal, as Slack sends it when someone presses "Close incident". */
export async function submitSlackReview(
  baseUrl: string,
  signingSecret: string,
  incidentId: string,
  fields: ReviewFields = {},
  user = 'U0SECOPS',
  opts: { team?: string; channel?: string; messageTs?: string; metadata?: string } = {},
): Promise<Response> {
  const f = { rootCause: 'local-config', whatFailed: 'nothing stopped the commit', ...fields };
  const values = {
    root_cause: { value: { type: 'static_select', selected_option: f.rootCause ? { value: f.rootCause } : null } },
    root_cause_text: { value: { type: 'plain_text_input', value: f.rootCauseText ?? null } },
    what_failed: { value: { type: 'plain_text_input', value: f.whatFailed } },
    follow_ups: { value: { type: 'plain_text_input', value: f.followUps ?? null } },
    add_hook: { value: { type: 'checkboxes', selected_options: f.addHook ? [{ value: 'add-hook' }] : [] } },
  };
  const metadata =
    opts.metadata ??
    JSON.stringify({
      incidentId,
      channel: opts.channel ?? 'C0SECURITY',
      messageTs: opts.messageTs ?? '1700000000.000001',
    });
  const body = new URLSearchParams({
    payload: JSON.stringify({
      type: 'view_submission',
      team: { id: opts.team ?? 'T0TEAM' },
      user: { id: user, team_id: opts.team ?? 'T0TEAM' },
      view: {
        id: 'V0REVIEW',
        type: 'modal',
        callback_id: 'leakhound_review',
        private_metadata: metadata,
        state: { values },
      },
    }),
  }).toString();
  return postSigned(baseUrl, signingSecret, body);
}

/** Posts an interactivity payload to /slack/actions signed with v0 HMAC, as Slack signs it. */
function postSigned(baseUrl: string, signingSecret: string, body: string): Promise<Response> {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(`${baseUrl}/slack/actions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
    body,
  });
}
