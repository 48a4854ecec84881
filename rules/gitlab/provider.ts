// GitLab: personal (and project/group) access tokens verify with GET
// /api/v4/personal_access_tokens/self and revoke themselves with DELETE on the same path; runner
// authentication tokens verify with POST /api/v4/runners/verify and are deleted with DELETE
// /api/v4/runners; CI job tokens verify with GET /api/v4/job (live only while the job runs).
// A self-managed instance is reached through LEAKHOUND_GITLAB_API_URL (its origin), or through
// a host named beside the token when LEAKHOUND_GITLAB_HOSTS trusts it (hosts.ts says why).
// Docs: https://docs.gitlab.com/api/personal_access_tokens/#get-single-personal-access-token,
//       https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token,
//       https://docs.gitlab.com/api/runners/#verify-authentication-for-a-registered-runner,
//       https://docs.gitlab.com/api/runners/#delete-a-runner-by-authentication-token, https://docs.gitlab.com/api/jobs/#get-job-tokens-job
import {
  call,
  field,
  type HttpAnswer,
  ProviderConfigError,
  safeText,
  unexpected,
  unreachable,
} from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';
import { gitlabOrigin } from './hosts.js';

const PAT = 'gitlab-pat';
const RUNNER = 'gitlab-runner-token';
const JOB = 'gitlab-ci-job-token';

/** A trusted self-managed origin named beside the token, or a config error to report. */
function instance(c: Credential, ctx: ProviderContext): { base?: string; at: string } | { error: string } {
  try {
    const base = gitlabOrigin(c, ctx);
    return base ? { base, at: ` at ${new URL(base).host}` } : { at: '' };
  } catch (err) {
    if (err instanceof ProviderConfigError) return { error: err.message };
    throw err;
  }
}

export async function verifyGitlab(c: Credential, ctx: ProviderContext): Promise<Verification> {
  const where = instance(c, ctx);
  if ('error' in where) return { state: 'unknown', reason: where.error };
  const { base, at } = where;
  let a: HttpAnswer;
  try {
    if (c.ruleId === RUNNER) {
      a = await call(gitlab, ctx, { method: 'POST', path: '/api/v4/runners/verify', body: { token: c.secret }, base });
    } else if (c.ruleId === JOB) {
      a = await call(gitlab, ctx, { path: '/api/v4/job', headers: { 'job-token': c.secret }, base });
    } else {
      a = await call(gitlab, ctx, {
        path: '/api/v4/personal_access_tokens/self',
        headers: { 'private-token': c.secret },
        base,
      });
    }
  } catch (err) {
    return unreachable(err);
  }
  if (a.status === 200) {
    if (c.ruleId !== PAT)
      return { state: 'live', reason: `GitLab${at} accepts the ${c.ruleId === RUNNER ? 'runner' : 'job'} token` };
    if (field(a.body, 'revoked') === 'true' || field(a.body, 'active') === 'false') {
      return { state: 'invalid', reason: 'GitLab knows the token but it is revoked or expired' };
    }
    const scopes = Array.isArray((a.body as { scopes?: unknown })?.scopes)
      ? ((a.body as { scopes: unknown[] }).scopes.filter((s) => typeof s === 'string') as string[])
      : [];
    const name = safeText(field(a.body, 'name'), c.secret);
    const expires = safeText(field(a.body, 'expires_at'), c.secret);
    return {
      state: 'live',
      reason: `GitLab${at} accepts the token${name ? ` "${name}"` : ''}${scopes.length ? `; scopes: ${scopes.join(', ')}` : ''}${expires ? `; expires ${expires}` : ''}`,
      ...(scopes.length ? { permissions: scopes } : {}),
    };
  }
  if (a.status === 401 || (a.status === 403 && c.ruleId === RUNNER)) {
    return { state: 'invalid', reason: `GitLab${at} rejected the token (HTTP ${a.status})` };
  }
  if (a.status === 403 && c.ruleId === JOB)
    return { state: 'invalid', reason: 'the job is no longer running (HTTP 403)' };
  return unexpected(gitlab, a);
}

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (c.ruleId !== PAT && c.ruleId !== RUNNER) {
    return {
      outcome: 'task',
      detail:
        c.ruleId === JOB
          ? 'a job token dies with its job: cancel the job if it is still running'
          : gitlab.manualRevocation,
    };
  }
  const where = instance(c, ctx);
  if ('error' in where) return { outcome: 'task', detail: where.error };
  const { base } = where;
  let a: HttpAnswer;
  try {
    a =
      c.ruleId === RUNNER
        ? await call(gitlab, ctx, { method: 'DELETE', path: '/api/v4/runners', body: { token: c.secret }, base })
        : await call(gitlab, ctx, {
            method: 'DELETE',
            path: '/api/v4/personal_access_tokens/self',
            headers: { 'private-token': c.secret },
            base,
          });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 204)
    return {
      outcome: 'done',
      detail:
        c.ruleId === RUNNER
          ? 'runner deleted (DELETE /api/v4/runners)'
          : 'token revoked (DELETE /api/v4/personal_access_tokens/self)',
    };
  if (a.status === 401 || (a.status === 403 && c.ruleId === RUNNER))
    return { outcome: 'done', detail: `GitLab no longer accepts the token (HTTP ${a.status})` };
  if (a.status === 429 || a.status >= 500) return { outcome: 'retry', detail: `GitLab answered HTTP ${a.status}` };
  return { outcome: 'task', detail: `GitLab answered HTTP ${a.status}: ${gitlab.manualRevocation}` };
}

async function confirmRevoked(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  const v = await verifyGitlab(c, ctx);
  if (v.state === 'invalid') return { outcome: 'done', detail: `revocation verified: ${v.reason}` };
  return { outcome: 'retry', detail: v.state === 'live' ? 'GitLab still accepts the token' : v.reason };
}

export const gitlab: Provider = {
  id: 'gitlab',
  name: 'GitLab',
  rules: [PAT, RUNNER, JOB],
  githubSecretTypes: ['gitlab_access_token'],
  apiUrl: 'https://gitlab.com',
  docs: [
    'https://docs.gitlab.com/api/personal_access_tokens/',
    'https://docs.gitlab.com/api/runners/#delete-a-runner-by-authentication-token',
    'https://docs.gitlab.com/api/jobs/#get-job-tokens-job',
  ],
  ratePerMinute: 300,
  verify: verifyGitlab,
  containment: [
    {
      id: 'revoke',
      title: 'Revoke the token (DELETE /personal_access_tokens/self, or delete the runner)',
      run: revoke,
      provenByRevocation: true,
    },
    { id: 'confirm-revoked', title: 'Verify GitLab no longer accepts the token', run: confirmRevoked, readOnly: true },
  ],
  revokes: [PAT, RUNNER],
  manualRevocation: 'revoke the token in GitLab: User settings → Access tokens (or the project/group/runner settings)',
  permissions:
    'none: the token revokes itself (it needs the `api` or `self_rotate` scope, else this is a task); a runner token deletes its runner. Rotation (a rotation map entry for its owner): the token rotates itself with the same scope',
  rotates: true,
};
