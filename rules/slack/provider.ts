// Slack: tokens verify with auth.test (app-level tokens with apps.connections.open, the one
// method they may call) and revoke themselves with auth.revoke. Incoming webhook URLs are
// checked by posting an empty body, which Slack refuses with `invalid_payload`/`no_text` while
// the URL works and with 403/404/410 once it is gone: no message is ever posted. Removing a
// webhook has no API, so that is a task.
// Docs: https://api.slack.com/methods/auth.test, https://api.slack.com/methods/auth.revoke,
//       https://api.slack.com/methods/apps.connections.open, https://api.slack.com/messaging/webhooks#handling_errors
import {
  apiBase,
  call,
  field,
  type HttpAnswer,
  ProviderConfigError,
  safeText,
  unexpected,
  unreachable,
} from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';

const INVALID = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
]);
const WEBHOOK_RULES = new Set(['slack-webhook-url']);

async function method(c: Credential, ctx: ProviderContext, name: string): Promise<HttpAnswer> {
  return call(slack, ctx, {
    method: 'POST',
    path: `/${name}`,
    headers: { authorization: `Bearer ${c.secret}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
}

function fromWebApi(a: HttpAnswer, secret: string): Verification {
  if (a.status === 429) return unexpected(slack, a);
  if (a.status !== 200) return unexpected(slack, a);
  const error = field(a.body, 'error');
  if (field(a.body, 'ok') === 'true') {
    const team = safeText(field(a.body, 'team'), secret);
    const user = safeText(field(a.body, 'user'), secret);
    // Slack lists a token's scopes in X-OAuth-Scopes; names only, so nothing odd passes through.
    const scopes = (a.headers.get('x-oauth-scopes') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^[a-z][a-z0-9:._-]{0,60}$/.test(s));
    return {
      state: 'live',
      reason: `Slack accepts the token${user ? ` as ${user}` : ''}${team ? ` in ${team}` : ''}`,
      ...(scopes.length > 0 ? { permissions: scopes } : {}),
    };
  }
  if (error && INVALID.has(error)) return { state: 'invalid', reason: `Slack rejected the token (${error})` };
  if (error === 'ratelimited') return { state: 'unknown', reason: 'rate limited by Slack' };
  return { state: 'unknown', reason: `Slack answered ok:false (${safeText(error, secret) ?? 'no error code'})` };
}

/** Where a webhook URL is checked: its own path on hooks.slack.com, or on the override's origin. */
function webhookTarget(url: string, ctx: ProviderContext): { base: string; path: string } | null {
  const m = /hooks\.slack\.com(\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)$/.exec(url);
  if (!m) return null;
  const override = ctx.env.LEAKHOUND_SLACK_API_URL;
  return { base: override ? new URL(apiBase(slack, ctx)).origin : 'https://hooks.slack.com', path: m[1]! };
}

async function verifyWebhook(c: Credential, ctx: ProviderContext): Promise<Verification> {
  let target: ReturnType<typeof webhookTarget>;
  try {
    target = webhookTarget(c.secret, ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: 'unknown', reason: err.message };
    throw err;
  }
  if (!target) return { state: 'unknown', reason: 'not a hooks.slack.com/services URL' };
  let a: HttpAnswer;
  try {
    a = await call(slack, ctx, {
      method: 'POST',
      base: target.base,
      path: target.path,
      body: '',
      headers: { 'content-type': 'application/json' },
    });
  } catch (err) {
    return unreachable(err);
  }
  const text = typeof a.body === 'string' ? a.body.trim() : '';
  if (a.status === 400 && /^(?:invalid_payload|no_text|missing_text_or_fallback_or_attachments)$/.test(text)) {
    return { state: 'live', reason: `Slack accepts the webhook URL (it refused an empty message: ${text})` };
  }
  if ([403, 404, 410].includes(a.status)) {
    const known = /^[a-z_]{3,40}$/.test(text) ? text : `HTTP ${a.status}`;
    return { state: 'invalid', reason: `Slack no longer accepts the webhook URL (${known})` };
  }
  return unexpected(slack, a);
}

export async function verifySlack(c: Credential, ctx: ProviderContext): Promise<Verification> {
  if (WEBHOOK_RULES.has(c.ruleId)) return verifyWebhook(c, ctx);
  const unverifiable = slack.unverifiable?.[c.ruleId];
  if (unverifiable) return { state: 'unknown', reason: unverifiable };
  try {
    const isAppToken = c.secret.startsWith('xapp-');
    return fromWebApi(await method(c, ctx, isAppToken ? 'apps.connections.open' : 'auth.test'), c.secret);
  } catch (err) {
    return unreachable(err);
  }
}

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (WEBHOOK_RULES.has(c.ruleId) || c.ruleId === 'slack-workflow-webhook-url') {
    return { outcome: 'task', detail: slack.manualRevocation };
  }
  if (c.secret.startsWith('xapp-') || c.ruleId === 'slack-config-refresh-token') {
    return {
      outcome: 'task',
      detail:
        "Slack has no API to revoke this token: regenerate it in the app's settings (api.slack.com/apps → Basic Information)",
    };
  }
  let a: HttpAnswer;
  try {
    a = await method(c, ctx, 'auth.revoke');
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Slack answered HTTP ${a.status}` };
  const error = field(a.body, 'error');
  if (field(a.body, 'ok') === 'true') return { outcome: 'done', detail: 'token revoked (auth.revoke)' };
  if (error && INVALID.has(error)) return { outcome: 'done', detail: `Slack no longer accepts the token (${error})` };
  return {
    outcome: 'task',
    detail: `auth.revoke failed (${safeText(error, c.secret) ?? `HTTP ${a.status}`}): revoke the token in the app's settings`,
  };
}

async function confirmRevoked(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  const v = await verifySlack(c, ctx);
  if (v.state === 'invalid') return { outcome: 'done', detail: `revocation verified: ${v.reason}` };
  return { outcome: 'retry', detail: v.state === 'live' ? 'Slack still accepts the token' : v.reason };
}

export const slack: Provider = {
  id: 'slack',
  name: 'Slack',
  rules: [
    'slack-bot-token',
    'slack-user-token',
    'slack-app-token',
    'slack-config-access-token',
    'slack-config-refresh-token',
    'slack-legacy-token',
    'slack-webhook-url',
    'slack-workflow-webhook-url',
  ],
  githubSecretTypes: ['slack_api_token', 'slack_incoming_webhook_url', 'slack_workflow_webhook_url'],
  apiUrl: 'https://slack.com/api',
  docs: [
    'https://api.slack.com/methods/auth.test',
    'https://api.slack.com/methods/auth.revoke',
    'https://api.slack.com/messaging/webhooks#handling_errors',
  ],
  ratePerMinute: 50,
  unverifiable: {
    'slack-config-refresh-token':
      'a configuration refresh token only works in tooling.tokens.rotate, which would spend it',
    'slack-workflow-webhook-url': 'posting to a workflow webhook starts the workflow, so it is not probed',
  },
  verify: verifySlack,
  containment: [
    { id: 'revoke', title: 'Revoke the token (auth.revoke)', run: revoke, provenByRevocation: true },
    { id: 'confirm-revoked', title: 'Verify Slack no longer accepts the token', run: confirmRevoked, readOnly: true },
  ],
  revokes: ['slack-bot-token', 'slack-user-token', 'slack-config-access-token', 'slack-legacy-token'],
  manualRevocation:
    'remove the webhook: api.slack.com/apps → the app → Incoming Webhooks → Remove (or Workflow Builder → the workflow → disable the trigger)',
  manualRevocationByRule: {
    'slack-app-token':
      'regenerate the app-level token: api.slack.com/apps → the app → Basic Information → App-Level Tokens',
    'slack-config-refresh-token':
      'revoke the configuration tokens: api.slack.com/apps → Your App Configuration Tokens → Revoke',
  },
  permissions: 'none: tokens revoke themselves with auth.revoke; webhooks need an app collaborator to remove them',
  rotates: false,
};
