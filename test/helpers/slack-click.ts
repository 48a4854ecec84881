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
