// GitLab personal access token rotation: the leaked token rotates itself with
// POST /api/v4/personal_access_tokens/self/rotate (it needs the `api` or `self_rotate` scope).
// GitLab revokes the leaked token and answers 200 with the new one (`token`, shown this once)
// and its id, name and expiry. `expires_at` (YYYY-MM-DD) is required by newer GitLab versions:
// we keep the leaked token's own expiry when it is still ahead (it is within the instance's
// lifetime policy by definition), else 30 days from today.
// The owner a rotation map entry matches is `<username>/<token name>` (GET /api/v4/user and
// GET /api/v4/personal_access_tokens/self with the token), e.g. match = "deploy-bot/ci-*".
// Docs: https://docs.gitlab.com/api/personal_access_tokens/#rotate-a-personal-access-token,
//       https://docs.gitlab.com/api/personal_access_tokens/#use-a-request-header
import { call, field, type HttpAnswer, unreachable } from '../provider-http.js';
import type { Credential, ProviderContext } from '../provider.js';
import type { Replacement, RotationStepResult, TokenRotation } from '../rotation.js';
import { gitlab } from './provider.js';

const PAT = 'gitlab-pat';
const DAY = 86_400_000;
const MANUAL =
  'create a new token with the same scopes in GitLab (User settings → Access tokens), write it where the services read it, and revoke the leaked one';

const task = (detail: string): RotationStepResult => ({ outcome: 'task', detail });

async function get(path: string, token: string, ctx: ProviderContext): Promise<HttpAnswer | RotationStepResult> {
  try {
    return await call(gitlab, ctx, { path, headers: { 'private-token': token } });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
}

/** Names from GitLab's answer are shown only when they look like names. */
const plain = (v: string | undefined): string | undefined =>
  v !== undefined && /^[\w .@+-]{1,255}$/.test(v) ? v : undefined;

async function whoIs(
  token: string,
  ctx: ProviderContext,
): Promise<{ owner: string; expires?: string } | RotationStepResult> {
  const self = await get('/api/v4/personal_access_tokens/self', token, ctx);
  if ('outcome' in self) return self;
  if (self.status === 401)
    return task('GitLab no longer accepts the leaked token (HTTP 401): there is nothing to rotate');
  if (self.status !== 200) return retryOrTask(self.status, 'reading the token');
  const name = plain(field(self.body, 'name'));
  const user = await get('/api/v4/user', token, ctx);
  if ('outcome' in user) return user;
  // A token with only `self_rotate` may not read the user: its owner is then named by user id.
  const username = user.status === 200 ? plain(field(user.body, 'username')) : `#${field(self.body, 'user_id') ?? '?'}`;
  if (!name || !username) return task('GitLab answered a token or user name leakhound cannot match safely');
  return { owner: `${username}/${name}`, expires: field(self.body, 'expires_at') };
}

function retryOrTask(status: number, what: string): RotationStepResult {
  if (status === 429 || status >= 500) return { outcome: 'retry', detail: `GitLab answered HTTP ${status} ${what}` };
  return task(`GitLab answered HTTP ${status} ${what}; ${MANUAL}`);
}

/** The leaked token's expiry if it is at least a day ahead, else 30 days from `now`. */
export function nextExpiry(current: string | undefined, now = new Date()): string {
  const at = current && /^\d{4}-\d{2}-\d{2}/.test(current) ? Date.parse(current.slice(0, 10)) : Number.NaN;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return at >= now.getTime() + DAY ? day(at) : day(now.getTime() + 30 * DAY);
}

export const gitlabRotation: TokenRotation = {
  manual: MANUAL,
  async owner(c: Credential, ctx) {
    if (c.ruleId !== PAT) return task(`GitLab rotates personal access tokens only, not this kind (${c.ruleId})`);
    const w = await whoIs(c.secret, ctx);
    return 'outcome' in w ? w : { owner: w.owner };
  },
  async rotate(c, ctx) {
    const w = await whoIs(c.secret, ctx);
    if ('outcome' in w) return w;
    let a: HttpAnswer;
    try {
      a = await call(gitlab, ctx, {
        method: 'POST',
        path: '/api/v4/personal_access_tokens/self/rotate',
        headers: { 'private-token': c.secret },
        body: { expires_at: nextExpiry(w.expires) },
      });
    } catch (err) {
      // The request may have reached GitLab: a retry then finds the leaked token revoked and says so.
      return { outcome: 'retry', detail: unreachable(err).reason };
    }
    const token = field(a.body, 'token');
    const id = field(a.body, 'id');
    if (a.status === 200 && token && id && /^\d+$/.test(id)) {
      const replacement: Replacement = { id, secret: token };
      const shown = `token #${id}`;
      return {
        replacement,
        shown,
        detail: `rotated through GitLab: ${shown} replaces the leaked token, which GitLab revoked; expires ${plain(field(a.body, 'expires_at')) ?? '?'}`,
      };
    }
    if (a.status === 200) return task(`GitLab answered the rotation without a new token; ${MANUAL}`);
    if (a.status === 401)
      return task(`GitLab no longer accepts the leaked token (HTTP 401), and no replacement is held; ${MANUAL}`);
    if (a.status === 403)
      return task(
        `the leaked token may not rotate itself (HTTP 403: it lacks the api or self_rotate scope); ${MANUAL}`,
      );
    if (a.status === 400)
      return task(`GitLab refused the rotation (HTTP 400, e.g. an expiry its policy does not allow); ${MANUAL}`);
    return retryOrTask(a.status, 'to the rotation');
  },
  async verify(r, ctx) {
    const w = await whoIs(r.secret, ctx);
    if ('outcome' in w) {
      // Just issued: a 401 means GitLab has not caught up yet, or it was revoked meanwhile.
      return w.outcome === 'task'
        ? { outcome: 'retry', detail: `the replacement does not authenticate yet: ${w.detail}` }
        : w;
    }
    return { owner: w.owner, detail: `GitLab accepts it as ${w.owner}` };
  },
  async revoke(r, ctx) {
    let a: HttpAnswer;
    try {
      a = await call(gitlab, ctx, {
        method: 'DELETE',
        path: '/api/v4/personal_access_tokens/self',
        headers: { 'private-token': r.secret },
      });
    } catch (err) {
      return { outcome: 'retry', detail: unreachable(err).reason };
    }
    if (a.status === 204 || a.status === 401) return { outcome: 'done', detail: `token #${r.id} revoked` };
    return retryOrTask(a.status, `revoking token #${r.id}`);
  },
};
