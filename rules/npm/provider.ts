// npm: GET /-/whoami (what npm whoami asks) names the token's user. A token deletes itself
// with DELETE /-/npm/v1/tokens/token/{token}, which is what `npm token revoke <token>` sends for
// a complete token. An account that requires a one-time password for writes answers 401 with
// `www-authenticate: OTP`: then a person revokes it.
// Docs: https://docs.npmjs.com/cli/v11/commands/npm-whoami, https://docs.npmjs.com/cli/v11/commands/npm-token
import { bearer, call, field, type HttpAnswer, httpVerifier, safeText, unreachable } from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult } from '../provider.js';
import { confirmRevokedStep } from '../provider-steps.js';

export const npm: Provider = {
  id: 'npm',
  name: 'npm',
  rules: ['npm-access-token', 'npmrc-auth-token'],
  githubSecretTypes: ['npm_access_token'],
  apiUrl: 'https://registry.npmjs.org',
  docs: ['https://docs.npmjs.com/cli/v11/commands/npm-whoami'],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/-/whoami',
    headers: bearer,
    live: (a) => `the npm registry accepts the token as ${safeText(field(a.body, 'username'), '') ?? 'a user'}`,
  }),
  containment: [],
  revokes: ['npm-access-token', 'npmrc-auth-token'],
  manualRevocation: 'revoke the token at https://www.npmjs.com/settings/~/tokens or with npm token revoke',
  permissions: 'none: the token deletes itself (not when the account requires a one-time password for writes)',
  rotates: false,
};

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  let a: HttpAnswer;
  try {
    a = await call(npm, ctx, {
      method: 'DELETE',
      path: `/-/npm/v1/tokens/token/${encodeURIComponent(c.secret)}`,
      headers: bearer(c),
    });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 200 || a.status === 204)
    return { outcome: 'done', detail: `the registry deleted the token (HTTP ${a.status})` };
  if (a.status === 401 && /otp/i.test(a.headers.get('www-authenticate') ?? '')) {
    return { outcome: 'task', detail: `the account requires a one-time password: ${npm.manualRevocation}` };
  }
  if (a.status === 401) return { outcome: 'done', detail: 'the registry no longer accepts the token (HTTP 401)' };
  if (a.status === 429 || a.status >= 500)
    return { outcome: 'retry', detail: `the registry answered HTTP ${a.status}` };
  return { outcome: 'task', detail: `the registry refused (HTTP ${a.status}): ${npm.manualRevocation}` };
}

npm.containment = [
  {
    id: 'revoke',
    title: 'Delete the token (DELETE /-/npm/v1/tokens/token/…, as the token itself)',
    run: revoke,
    provenByRevocation: true,
  },
  confirmRevokedStep(npm),
];
