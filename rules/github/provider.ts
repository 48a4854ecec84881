// GitHub tokens: verify with GET /user (scopes from X-OAuth-Scopes); installation tokens (ghs_)
// with GET /installation/repositories, since /user refuses them. Revoke through the credential
// revocation API (unauthenticated on github.com, batched, 60 requests an hour: revoke-queue.ts),
// and installation tokens with DELETE /installation/token, which the token calls on itself.
// Docs: https://docs.github.com/en/rest/users/users#get-the-authenticated-user,
//       https://docs.github.com/en/rest/credentials/revoke,
//       https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token
import { call, field, type HttpAnswer, safeText, unexpected, unreachable } from '../provider-http.js';
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';
import { RevocationQueue } from './revoke-queue.js';

const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
const isInstallation = (secret: string) => secret.startsWith('ghs_');

function rateLimited(a: HttpAnswer): boolean {
  return a.status === 429 || (a.status === 403 && a.headers.get('x-ratelimit-remaining') === '0');
}

export async function verifyGithubToken(c: Credential, ctx: ProviderContext): Promise<Verification> {
  const path = isInstallation(c.secret) ? '/installation/repositories?per_page=1' : '/user';
  let a: HttpAnswer;
  try {
    a = await call(github, ctx, { path, headers: { ...HEADERS, authorization: `token ${c.secret}` } });
  } catch (err) {
    return unreachable(err);
  }
  if (rateLimited(a)) {
    const reset = a.headers.get('x-ratelimit-reset');
    return {
      state: 'unknown',
      reason: `rate limited by GitHub${reset ? ` until ${new Date(Number(reset) * 1000).toISOString()}` : ''}`,
    };
  }
  if (a.status === 200) {
    const scopes = (a.headers.get('x-oauth-scopes') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (isInstallation(c.secret)) {
      const n = field(a.body, 'total_count');
      return { state: 'live', reason: `GitHub accepts the installation token (${n ?? '?'} repositories)` };
    }
    const login = safeText(field(a.body, 'login'), c.secret);
    return {
      state: 'live',
      reason: `GitHub accepts the token as ${login ?? 'a user'}${scopes.length ? `; scopes: ${scopes.join(', ')}` : ''}`,
      ...(scopes.length ? { permissions: scopes } : {}),
    };
  }
  if (a.status === 401) return { state: 'invalid', reason: 'GitHub rejected the token (HTTP 401: bad credentials)' };
  if (a.status === 403)
    return { state: 'live', reason: 'GitHub accepts the token, but it may not read this resource (HTTP 403)' };
  return unexpected(github, a);
}

async function sendRevocation(credentials: string[], ctx: ProviderContext): Promise<StepResult> {
  let a: HttpAnswer;
  // The hourly limit is per client IP: in the responder this slot is shared by every worker.
  await ctx.throttle?.(`${github.id}/credentials-revoke`);
  try {
    // No Authorization header: on github.com an authenticated request is refused (403).
    a = await call(github, ctx, {
      method: 'POST',
      path: '/credentials/revoke',
      headers: HEADERS,
      body: { credentials },
    });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 202)
    return { outcome: 'done', detail: 'GitHub accepted the revocation request (202); the owner is notified' };
  if (a.status === 422 || a.status === 429 || a.status >= 500 || rateLimited(a)) {
    return {
      outcome: 'retry',
      detail: `GitHub's revocation API answered HTTP ${a.status} (limit: 60 requests an hour)`,
    };
  }
  return { outcome: 'task', detail: `GitHub's revocation API answered HTTP ${a.status}: revoke the token by hand` };
}

/** One queue per context (one per CLI run or worker), so its callers share batches and the hourly limit. */
const queues = new WeakMap<ProviderContext, RevocationQueue>();
function queueFor(ctx: ProviderContext): RevocationQueue {
  let q = queues.get(ctx);
  if (!q) {
    const gather = Number(ctx.options?.['github.revokeGatherMs'] ?? 2000);
    q = new RevocationQueue((creds) => sendRevocation(creds, ctx), gather);
    queues.set(ctx, q);
  }
  return q;
}

async function revoke(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (c.ruleId === 'github-refresh-token' || !isInstallation(c.secret)) {
    if (!/^(?:gh[pour]_|github_pat_)/.test(c.secret)) {
      return {
        outcome: 'task',
        detail: "GitHub revokes only prefixed tokens through its API: delete this token in the owner's settings",
      };
    }
    return queueFor(ctx).revoke(c.secret);
  }
  let a: HttpAnswer;
  try {
    a = await call(github, ctx, {
      method: 'DELETE',
      path: '/installation/token',
      headers: { ...HEADERS, authorization: `token ${c.secret}` },
    });
  } catch (err) {
    return { outcome: 'retry', detail: unreachable(err).reason };
  }
  if (a.status === 204) return { outcome: 'done', detail: 'installation token revoked (DELETE /installation/token)' };
  if (a.status === 401)
    return { outcome: 'done', detail: 'GitHub no longer accepts the installation token (expired or revoked)' };
  if (a.status === 429 || a.status >= 500 || rateLimited(a))
    return { outcome: 'retry', detail: `GitHub answered HTTP ${a.status}` };
  return { outcome: 'task', detail: `GitHub answered HTTP ${a.status}: revoke the installation token by hand` };
}

async function confirmRevoked(c: Credential, ctx: ProviderContext): Promise<StepResult> {
  if (c.ruleId === 'github-refresh-token') {
    return { outcome: 'done', detail: 'a refresh token cannot be checked directly; GitHub accepted its revocation' };
  }
  const v = await verifyGithubToken(c, ctx);
  if (v.state === 'invalid') return { outcome: 'done', detail: `revocation verified: ${v.reason}` };
  return { outcome: 'retry', detail: v.state === 'live' ? 'GitHub still accepts the token' : v.reason };
}

export const github: Provider = {
  id: 'github',
  name: 'GitHub',
  rules: [
    'github-pat',
    'github-fine-grained-pat',
    'github-oauth-token',
    'github-user-to-server-token',
    'github-server-to-server-token',
    'github-app-installation-token',
    'github-refresh-token',
    'github-oauth-basic-url',
  ],
  githubSecretTypes: [
    'github_personal_access_token',
    'github_oauth_access_token',
    'github_app_installation_access_token',
    'github_refresh_token',
  ],
  apiUrl: 'https://api.github.com',
  docs: [
    'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
    'https://docs.github.com/en/rest/credentials/revoke#revoke-a-list-of-credentials',
    'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
  ],
  ratePerMinute: 60,
  // POST /credentials/revoke: 60 unauthenticated requests an hour.
  limits: { 'credentials-revoke': 1 },
  unverifiable: {
    'github-refresh-token': "a refresh token only works with its app's client secret; GitHub can still revoke it",
  },
  verify: async (c, ctx) =>
    c.ruleId === 'github-refresh-token'
      ? { state: 'unknown', reason: github.unverifiable!['github-refresh-token']! }
      : verifyGithubToken(c, ctx),
  containment: [
    {
      id: 'revoke',
      title: 'Revoke the token (POST /credentials/revoke, or DELETE /installation/token for ghs_)',
      run: revoke,
      provenByRevocation: true,
    },
    { id: 'confirm-revoked', title: 'Verify GitHub no longer accepts the token', run: confirmRevoked, readOnly: true },
  ],
  revokes: [
    'github-pat',
    'github-fine-grained-pat',
    'github-oauth-token',
    'github-user-to-server-token',
    'github-server-to-server-token',
    'github-app-installation-token',
    'github-refresh-token',
  ],
  manualRevocation: "delete the token in the owner's Settings → Developer settings, or ask GitHub Support",
  permissions: 'none: the revocation API is unauthenticated on github.com; installation tokens revoke themselves',
  rotates: false,
};
