// Telegram: GET /bot<token>/getMe names the bot. The token travels in the path, which is why
// network errors are reported by code only (provider-http.ts). Only BotFather can revoke a
// token, so revocation is a task.
// Docs: https://core.telegram.org/bots/api#getme, https://core.telegram.org/bots/features#botfather
import { call, field, type HttpAnswer, safeText, unexpected, unreachable } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const telegram: Provider = {
  id: 'telegram',
  name: 'Telegram',
  rules: ['telegram-bot-token'],
  githubSecretTypes: ['telegram_bot_token'],
  apiUrl: 'https://api.telegram.org',
  docs: ['https://core.telegram.org/bots/api#getme'],
  ratePerMinute: 30,
  async verify(c, ctx) {
    if (!/^\d{5,16}:[A-Za-z0-9_-]{30,40}$/.test(c.secret)) return { state: 'unknown', reason: 'not a bot token' };
    let a: HttpAnswer;
    try {
      a = await call(telegram, ctx, { path: `/bot${c.secret}/getMe` });
    } catch (err) {
      return unreachable(err);
    }
    if (a.status === 200 && field(a.body, 'ok') === 'true') {
      const name = safeText(field(a.body, 'result', 'username'), c.secret);
      return { state: 'live', reason: `Telegram accepts the bot token${name ? ` (@${name})` : ''}` };
    }
    if (a.status === 401 || a.status === 404)
      return { state: 'invalid', reason: `Telegram rejected the token (HTTP ${a.status})` };
    return unexpected(telegram, a);
  },
  containment: [],
  revokes: [],
  manualRevocation: 'revoke the token with @BotFather: /revoke, then choose the bot',
  permissions: 'verify: none (the leaked token itself)',
  rotates: false,
};
