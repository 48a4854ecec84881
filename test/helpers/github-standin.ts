// The GitHub REST endpoints the responder calls, behaving as documented: secret scanning
// alerts (with the secret), their locations, resolving an alert, git commits, and GitHub
// App installation tokens. Reached by @octokit/rest through `baseUrl`.
import { repoRoutes, type RepoRoutesState } from './github-repo-routes.js';
import { startStandIn, type StandIn } from './http-standin.js';

export interface StandInAlert {
  number: number;
  secret_type: string;
  secret_type_display_name?: string;
  secret: string;
  state: 'open' | 'resolved';
  resolution: string | null;
  created_at: string;
  locations: { path: string; start_line: number; commit_sha: string }[];
}

export interface GitHubStandIn extends StandIn, RepoRoutesState {
  alerts: Map<string, StandInAlert>;
  commits: Map<string, { name: string; email: string; date: string }>;
  /** Token every request must carry (GITHUB_TOKEN or a minted installation token). */
  token: string;
  /** Leaked tokens that still work: GET /user accepts them until /credentials/revoke takes them. */
  liveTokens: Set<string>;
}

/** `repoRoot`: where `<owner>/<repo>.git` live, for the repository endpoints (github-repo-routes.ts). */
export async function startGitHubStandIn(token: string, repoRoot?: string): Promise<GitHubStandIn> {
  const state: RepoRoutesState = { repos: new Map(), logins: new Map() };
  const alerts = new Map<string, StandInAlert>();
  const commits = new Map<string, { name: string; email: string; date: string }>();
  const liveTokens = new Set<string>();
  const authed = (h: Record<string, unknown>): boolean =>
    h.authorization === `token ${token}` ||
    h.authorization === `bearer ${token}` ||
    h.authorization === `Bearer ${token}`;
  const key = (o: string, r: string, n: string): string => `${o}/${r}#${n}`;
  const alertJson = (o: string, r: string, a: StandInAlert): unknown => ({
    number: a.number,
    state: a.state,
    resolution: a.resolution,
    secret_type: a.secret_type,
    secret_type_display_name: a.secret_type_display_name ?? a.secret_type,
    secret: a.secret,
    created_at: a.created_at,
    html_url: `https://github.com/${o}/${r}/security/secret-scanning/${a.number}`,
  });
  const standIn = await startStandIn([
    [
      'GET',
      /^\/user$/,
      (req) => {
        const t = String(req.headers.authorization ?? '').replace(/^token /, '');
        return liveTokens.has(t)
          ? { json: { login: 'leaky-user' }, headers: { 'x-oauth-scopes': 'repo, workflow' } }
          : { status: 401, json: { message: 'Bad credentials' } };
      },
    ],
    [
      'POST',
      /^\/credentials\/revoke$/,
      (req) => {
        // As documented for github.com: unauthenticated only, up to 1000 credentials.
        if (req.headers.authorization) return { status: 403, json: { message: 'Forbidden' } };
        const { credentials } = JSON.parse(req.body) as { credentials?: string[] };
        if (!Array.isArray(credentials) || credentials.length === 0 || credentials.length > 1000)
          return { status: 422, json: { message: 'Validation Failed' } };
        for (const c of credentials) liveTokens.delete(c);
        return { status: 202, json: {} };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/secret-scanning\/alerts\/(\d+)$/,
      (req, [o = '', r = '', n = '']) => {
        if (!authed(req.headers)) return { status: 401, json: { message: 'Bad credentials' } };
        const a = alerts.get(key(o, r, n));
        return a ? { json: alertJson(o, r, a) } : { status: 404, json: { message: 'Not Found' } };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/secret-scanning\/alerts\/(\d+)\/locations$/,
      (req, [o = '', r = '', n = '']) => {
        if (!authed(req.headers)) return { status: 401, json: { message: 'Bad credentials' } };
        const a = alerts.get(key(o, r, n));
        if (!a) return { status: 404, json: { message: 'Not Found' } };
        return {
          json: a.locations.map((l) => ({
            type: 'commit',
            details: { ...l, end_line: l.start_line, start_column: 1, end_column: 20, blob_sha: '0'.repeat(40) },
          })),
        };
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/secret-scanning\/alerts\/(\d+)$/,
      (req, [o = '', r = '', n = '']) => {
        if (!authed(req.headers)) return { status: 401, json: { message: 'Bad credentials' } };
        const a = alerts.get(key(o, r, n));
        if (!a) return { status: 404, json: { message: 'Not Found' } };
        const body = JSON.parse(req.body) as { state: 'open' | 'resolved'; resolution?: string };
        a.state = body.state;
        a.resolution = body.resolution ?? null;
        return { json: alertJson(o, r, a) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/git\/commits\/([0-9a-f]{40})$/,
      (req, [, , sha = '']) => {
        if (!authed(req.headers)) return { status: 401, json: { message: 'Bad credentials' } };
        const c = commits.get(sha);
        return c
          ? { json: { sha, author: c, committer: c, message: 'commit' } }
          : { status: 404, json: { message: 'Not Found' } };
      },
    ],
    [
      'POST',
      /^\/app\/installations\/(\d+)\/access_tokens$/,
      (req) => {
        if (!String(req.headers.authorization ?? '').match(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i))
          return { status: 401, json: { message: 'A JSON web token could not be decoded' } };
        return { status: 201, json: { token, expires_at: new Date(Date.now() + 3600_000).toISOString() } };
      },
    ],
    ...repoRoutes(repoRoot, authed, state),
  ]);
  return Object.assign(standIn, { alerts, commits, token, liveTokens }, state);
}
