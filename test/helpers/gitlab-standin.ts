// GitLab's personal access token API as far as leakhound uses it, behaving as documented
// (docs.gitlab.com/api/personal_access_tokens): GET …/self and GET /user with PRIVATE-TOKEN,
// POST …/self/rotate (needs `expires_at`, revokes the token it was called with and answers the
// new one once), DELETE …/self (204). A revoked or unknown token gets 401.
import { BASE64URL, join, rand } from '../../rules/fixture-kit.js';
import { type StandIn, startStandIn } from './http-standin.js';

export interface GitLabToken {
  id: number;
  name: string;
  username: string;
  userId: number;
  scopes: string[];
  expiresAt: string;
  revoked: boolean;
}

export interface GitLabStandIn extends StandIn {
  tokens: Map<string, GitLabToken>;
  /** A new active token (the secret is built at run time, never a literal). */
  issue(username: string, name: string, scopes?: string[]): string;
}

export async function startGitLabStandIn(): Promise<GitLabStandIn> {
  const tokens = new Map<string, GitLabToken>();
  let nextId = 100;
  const issue = (username: string, name: string, scopes = ['api'], expiresAt = '2030-01-31'): string => {
    const secret = join('glpat-', rand(BASE64URL, 20));
    tokens.set(secret, { id: nextId++, name, username, userId: 7, scopes, expiresAt, revoked: false });
    return secret;
  };
  const live = (headers: Record<string, string | string[] | undefined>) => {
    const t = tokens.get(String(headers['private-token'] ?? ''));
    return t && !t.revoked ? t : undefined;
  };
  const view = (t: GitLabToken) => ({
    id: t.id,
    name: t.name,
    revoked: t.revoked,
    created_at: '2026-01-01T00:00:00.000Z',
    scopes: t.scopes,
    user_id: t.userId,
    last_used_at: null,
    active: !t.revoked,
    expires_at: t.expiresAt,
  });
  const unauthorized = { status: 401, json: { message: '401 Unauthorized' } };
  const s = await startStandIn([
    [
      'GET',
      /^\/api\/v4\/personal_access_tokens\/self$/,
      (r) => {
        const t = live(r.headers);
        return t ? { json: view(t) } : unauthorized;
      },
    ],
    [
      'GET',
      /^\/api\/v4\/user$/,
      (r) => {
        const t = live(r.headers);
        if (!t) return unauthorized;
        return t.scopes.some((x) => x === 'api' || x === 'read_user')
          ? { json: { id: t.userId, username: t.username } }
          : { status: 403, json: { error: 'insufficient_scope' } };
      },
    ],
    [
      'POST',
      /^\/api\/v4\/personal_access_tokens\/self\/rotate$/,
      (r) => {
        const t = live(r.headers);
        if (!t) return unauthorized;
        if (!t.scopes.some((x) => x === 'api' || x === 'self_rotate'))
          return { status: 403, json: { error: 'insufficient_scope' } };
        let body: { expires_at?: unknown } = {};
        try {
          body = JSON.parse(r.body || '{}');
        } catch {
          return { status: 400, json: { error: 'body is not JSON' } };
        }
        if (typeof body.expires_at !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.expires_at))
          return { status: 400, json: { message: { expires_at: ['is missing'] } } };
        t.revoked = true;
        const secret = issue(t.username, t.name, t.scopes, body.expires_at);
        return { json: { ...view(tokens.get(secret)!), token: secret } };
      },
    ],
    [
      'DELETE',
      /^\/api\/v4\/personal_access_tokens\/self$/,
      (r) => {
        const t = live(r.headers);
        if (!t) return unauthorized;
        t.revoked = true;
        return { status: 204, text: '' };
      },
    ],
  ]);
  return { ...s, tokens, issue: (u, n, scopes) => issue(u, n, scopes) };
}
