// Discord: bot tokens verify with GET /users/@me; a webhook URL verifies with GET on itself
// (which returns the webhook, posting nothing) and is deleted with DELETE on itself — the
// webhook token is its own authorisation. Bot tokens can only be reset in the developer portal.
// Docs: https://discord.com/developers/docs/resources/user#get-current-user,
//       https://discord.com/developers/docs/resources/webhook#get-webhook-with-token,
//       https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token
import { call, field, type HttpAnswer, safeText, unexpected, unreachable } from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';
import { confirmRevokedStep } from '../provider-steps.js';

const WEBHOOK = 'discord-webhook-url';

/** `/webhooks/{id}/{token}` of a webhook URL on any Discord host, or null. */
function webhookPath(url: string): string | null {
  const m = /discord(?:app)?\.com\/api(?:\/v\d{1,2})?(\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})$/.exec(url);
  return m ? m[1]! : null;
}

async function verifyDiscord(c: Credential, ctx: ProviderContext): Promise<Verification> {
  let a: HttpAnswer;
  try {
    if (c.ruleId === WEBHOOK) {
      const path = webhookPath(c.secret);
      if (!path) return { state: 'unknown', reason: 'not a Discord webhook URL' };
      a = await call(discord, ctx, { path });
    } else {
      a = await call(discord, ctx, { path: '/users/@me', headers: { authorization: `Bot ${c.secret}` } });
    }
  } catch (err) {
    return unreachable(err);
  }
  if (a.status === 200) {
    const name = safeText(field(a.body, c.ruleId === WEBHOOK ? 'name' : 'username'), c.secret);
    return {
      state: 'live',
      reason: `Discord accepts the ${c.ruleId === WEBHOOK ? 'webhook' : 'bot token'}${name ? ` (${name})` : ''}`,
    };
  }
  if (a.status === 401 || a.status === 404)
    return { state: 'invalid', reason: `Discord does not accept it (HTTP ${a.status})` };
  return unexpected(discord, a);
}

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (c.ruleId !== WEBHOOK)
    return {
      outcome: 'task',
      detail: 'reset the bot token in the developer portal (Applications → Bot → Reset Token)',
    };
  const path = webhookPath(c.secret);
  if (!path) return { outcome: 'task', detail: 'delete the webhook in the channel settings (Integrations → Webhooks)' };
  let a: HttpAnswer;
  try {
    a = await call(discord, ctx, { method: 'DELETE', path });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 204) return { outcome: 'done', detail: 'webhook deleted (DELETE on the webhook URL)' };
  if (a.status === 401 || a.status === 404)
    return { outcome: 'done', detail: `the webhook no longer exists (HTTP ${a.status})` };
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Discord answered HTTP ${a.status}` };
  return { outcome: 'task', detail: `Discord answered HTTP ${a.status}: delete the webhook in the channel settings` };
}

export const discord: Provider = {
  id: 'discord',
  name: 'Discord',
  rules: ['discord-bot-token', WEBHOOK],
  githubSecretTypes: ['discord_bot_token'],
  apiUrl: 'https://discord.com/api/v10',
  docs: [
    'https://discord.com/developers/docs/resources/user#get-current-user',
    'https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token',
  ],
  ratePerMinute: 30,
  verify: verifyDiscord,
  containment: [],
  revokes: [WEBHOOK],
  manualRevocation: 'reset the bot token in the developer portal, or delete the webhook in the channel settings',
  permissions: 'none: a webhook URL deletes itself; bot tokens are reset by an app owner',
  rotates: false,
};
discord.containment = [
  { id: 'revoke', title: 'Delete the webhook (DELETE on its URL)', run: revoke, provenByRevocation: true },
  confirmRevokedStep(discord),
];
