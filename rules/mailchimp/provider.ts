// Mailchimp: a key ends in its data centre (`-us21`), which names the host to ask:
// https://us21.api.mailchimp.com/3.0/ping. The data centre is checked against its documented
// form so the key can only reach a mailchimp.com host (or the override, which replaces it).
// Docs: https://mailchimp.com/developer/marketing/api/ping/
import { apiBase, call, type HttpAnswer, ProviderConfigError, unexpected, unreachable } from '../provider-http.js';
import type { Provider } from '../provider.js';

export const mailchimp: Provider = {
  id: 'mailchimp',
  name: 'Mailchimp',
  rules: ['mailchimp-api-key'],
  githubSecretTypes: ['mailchimp_api_key'],
  apiUrl: 'https://login.mailchimp.com',
  docs: ['https://mailchimp.com/developer/marketing/api/ping/'],
  ratePerMinute: 60,
  async verify(c, ctx) {
    const dc = /-(us\d{1,3})$/.exec(c.secret)?.[1];
    if (!dc) return { state: 'unknown', reason: 'the key names no data centre (-usNN)' };
    let a: HttpAnswer;
    try {
      const base = ctx.env.LEAKHOUND_MAILCHIMP_API_URL ? apiBase(mailchimp, ctx) : `https://${dc}.api.mailchimp.com`;
      const auth = `Basic ${Buffer.from(`leakhound:${c.secret}`).toString('base64')}`;
      a = await call(mailchimp, ctx, { base, path: '/3.0/ping', headers: { authorization: auth } });
    } catch (err) {
      if (err instanceof ProviderConfigError) return { state: 'unknown', reason: err.message };
      return unreachable(err);
    }
    if (a.status === 200) return { state: 'live', reason: `Mailchimp accepts the key (data centre ${dc})` };
    if (a.status === 401 || a.status === 403)
      return { state: 'invalid', reason: `Mailchimp rejected the key (HTTP ${a.status})` };
    return unexpected(mailchimp, a);
  },
  containment: [],
  revokes: [],
  manualRevocation: 'disable the key in Mailchimp: Profile → Extras → API keys',
  permissions: 'verify: none (the leaked key itself)',
  rotates: false,
};
