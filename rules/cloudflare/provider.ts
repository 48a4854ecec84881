// Cloudflare API tokens: GET /client/v4/user/tokens/verify answers with the token's id and
// status; a token holding "API Tokens: Edit" can delete itself with DELETE
// /client/v4/user/tokens/{id}. Global API keys need the account e-mail beside them, which a
// leak rarely carries, so they are not probed.
// Docs: https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/,
//       https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/delete/
import { bearer, call, field, type HttpAnswer, httpVerifier, unreachable } from '../provider-http.js';
import type { Provider, StepResult } from '../provider.js';
import { confirmRevokedStep } from '../provider-steps.js';

export const cloudflare: Provider = {
  id: 'cloudflare',
  name: 'Cloudflare',
  rules: ['cloudflare-api-token', 'cloudflare-global-api-key', 'cloudflare-origin-ca-key'],
  githubSecretTypes: ['cloudflare_api_token', 'cloudflare_global_api_key'],
  apiUrl: 'https://api.cloudflare.com/client/v4',
  docs: [
    'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/',
    'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/delete/',
  ],
  ratePerMinute: 120,
  unverifiable: {
    'cloudflare-global-api-key': 'a global API key only works together with the account e-mail',
    'cloudflare-origin-ca-key': 'an Origin CA key only authorises certificate calls that would change the account',
  },
  verify(c, ctx) {
    const why = this.unverifiable?.[c.ruleId];
    if (why) return Promise.resolve({ state: 'unknown', reason: why });
    return tokenVerifier.call(this, c, ctx);
  },
  containment: [],
  revokes: ['cloudflare-api-token'],
  manualRevocation: 'delete the token at https://dash.cloudflare.com/profile/api-tokens (global keys: View → Change)',
  permissions: 'none: a token with "API Tokens: Edit" deletes itself; otherwise a person does',
  rotates: false,
};

const tokenVerifier = httpVerifier({
  path: '/user/tokens/verify',
  headers: bearer,
  invalid: [401, 403],
  classify: (a) =>
    a.status === 200 && field(a.body, 'result', 'status') !== 'active'
      ? {
          state: 'invalid',
          reason: `Cloudflare knows the token but it is ${field(a.body, 'result', 'status') ?? 'not active'}`,
        }
      : undefined,
  live: () => 'Cloudflare accepts the token (status active)',
});

async function revoke(
  c: { ruleId: string; secret: string },
  ctx: Parameters<NonNullable<Provider['verify']>>[1],
): Promise<StepResult> {
  if (c.ruleId !== 'cloudflare-api-token') return { outcome: 'task', detail: cloudflare.manualRevocation };
  let a: HttpAnswer;
  try {
    a = await call(cloudflare, ctx, { path: '/user/tokens/verify', headers: bearer(c) });
    if (a.status === 401 || a.status === 403)
      return { outcome: 'done', detail: 'Cloudflare no longer accepts the token' };
    const id = field(a.body, 'result', 'id');
    if (a.status !== 200 || !id || !/^[A-Za-z0-9]{16,64}$/.test(id)) {
      return {
        outcome: a.status >= 500 || a.status === 429 ? 'retry' : 'task',
        detail: `could not learn the token's id (HTTP ${a.status})`,
      };
    }
    a = await call(cloudflare, ctx, { method: 'DELETE', path: `/user/tokens/${id}`, headers: bearer(c) });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 200) return { outcome: 'done', detail: 'token deleted (DELETE /user/tokens/{id})' };
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Cloudflare answered HTTP ${a.status}` };
  return {
    outcome: 'task',
    detail: `the token may not delete itself (HTTP ${a.status}): ${cloudflare.manualRevocation}`,
  };
}

cloudflare.containment = [
  {
    id: 'revoke',
    title: 'Delete the token (DELETE /user/tokens/{id}, as the token itself)',
    run: revoke,
    provenByRevocation: true,
  },
  confirmRevokedStep(cloudflare),
];
