// Heroku: GET /account answers for any working API key or OAuth token. Revocation deletes the
// OAuth authorization the token belongs to: the token lists its user's authorizations
// (GET /oauth/authorizations names each one's access token), picks the one holding itself, and
// deletes it (DELETE /oauth/authorizations/{id}). The comparison happens here, in memory; the
// token is only ever sent in the Authorization header to Heroku. When no listed authorization
// holds it (the account's own API key, or a listing without token values), a person regenerates
// it: leakhound never deletes an authorization it cannot tie to the leaked token.
// Docs: https://devcenter.heroku.com/articles/platform-api-reference#account-info,
//       https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-list,
//       https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-delete
import { timingSafeEqual } from 'node:crypto';
import { bearer, call, type HttpAnswer, httpVerifier, unreachable } from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult } from '../provider.js';
import { confirmRevokedStep } from '../provider-steps.js';

const headers = (c: { secret: string }) => ({ ...bearer(c), accept: 'application/vnd.heroku+json; version=3' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sameToken(a: unknown, secret: string): boolean {
  if (typeof a !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(secret);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The id of the authorization whose access token is this secret, if Heroku lists one. */
function ownAuthorization(body: unknown, secret: string): string | undefined {
  if (!Array.isArray(body)) return undefined;
  const own = body.find((a) => sameToken((a as { access_token?: { token?: unknown } })?.access_token?.token, secret));
  const id = (own as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && UUID.test(id) ? id : undefined;
}

export const heroku: Provider = {
  id: 'heroku',
  name: 'Heroku',
  rules: ['heroku-api-key', 'heroku-legacy-api-key'],
  githubSecretTypes: ['heroku_platform_api_key'],
  apiUrl: 'https://api.heroku.com',
  docs: [
    'https://devcenter.heroku.com/articles/platform-api-reference#account-info',
    'https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-list',
    'https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-delete',
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: '/account',
    headers,
    invalid: [401],
    live: () => 'Heroku accepts the key (it can read the account)',
  }),
  containment: [],
  revokes: ['heroku-api-key', 'heroku-legacy-api-key'],
  manualRevocation:
    'revoke the authorization at https://dashboard.heroku.com/account/applications (or regenerate the API key in Account settings)',
  permissions:
    'none: the token deletes its own OAuth authorization (GET /oauth/authorizations, DELETE /oauth/authorizations/{id}); a token with a narrower scope than global becomes a task',
  rotates: false,
};

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  let a: HttpAnswer;
  try {
    a = await call(heroku, ctx, {
      path: '/oauth/authorizations',
      headers: { ...headers(c), range: 'id ..; max=1000' },
    });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 401) return { outcome: 'done', detail: 'Heroku no longer accepts the key (HTTP 401)' };
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `Heroku answered HTTP ${a.status}` };
  if (a.status !== 200 && a.status !== 206) {
    return {
      outcome: 'task',
      detail: `Heroku refused to list the key's authorizations (HTTP ${a.status}): ${heroku.manualRevocation}`,
    };
  }
  const id = ownAuthorization(a.body, c.secret);
  if (!id) {
    return {
      outcome: 'task',
      detail: `none of the account's OAuth authorizations holds this key (it is likely the account's API key): regenerate it in Account settings at https://dashboard.heroku.com/account`,
    };
  }
  let d: HttpAnswer;
  try {
    d = await call(heroku, ctx, { method: 'DELETE', path: `/oauth/authorizations/${id}`, headers: headers(c) });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (d.status === 200 || d.status === 204)
    return { outcome: 'done', detail: `Heroku deleted authorization ${id} (HTTP ${d.status})` };
  if (d.status === 401 || d.status === 404)
    return { outcome: 'done', detail: `Heroku no longer has the authorization (HTTP ${d.status})` };
  if (d.status === 429 || d.status >= 500) return { outcome: 'retry', detail: `Heroku answered HTTP ${d.status}` };
  return {
    outcome: 'task',
    detail: `Heroku refused to delete authorization ${id} (HTTP ${d.status}): ${heroku.manualRevocation}`,
  };
}

heroku.containment = [
  {
    id: 'revoke',
    title: 'Delete the OAuth authorization holding the key (DELETE /oauth/authorizations/{id}, as the key itself)',
    provenByRevocation: true,
    run: revoke,
  },
  confirmRevokedStep(heroku),
];
