// Credentials for GitHub: a GitHub App installation token (preferred: scoped and short-lived)
// or GITHUB_TOKEN. Installation tokens are cached in process memory only as an optimisation;
// any worker can mint its own.
import { createSign } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import type { ResponderConfig } from '../config.js';
import { splitRepo } from './repo-url.js';

type GitHubConfig = Pick<ResponderConfig['github'], 'apiUrl' | 'token' | 'appId' | 'appPrivateKey'>;

const cache = new Map<string, { token: string; expiresAt: number }>();

/** What a token is for: reading code, reading and resolving secret scanning alerts, or pushing rewritten history. */
export interface TokenScope {
  repo: string;
  scope: 'contents' | 'alerts' | 'push';
}

/** Only what each use needs; commit authors for alert locations need contents read. */
const PERMISSIONS: Record<TokenScope['scope'], Record<string, 'read' | 'write'>> = {
  contents: { contents: 'read' },
  alerts: { contents: 'read', secret_scanning_alerts: 'write' },
  /** Force-pushing rewritten history (the eradication step), and nothing else. */
  push: { contents: 'write' },
};

/**
 * The token to act with, or undefined (public, unauthenticated access). An installation token
 * is minted for the one repository and the permissions its use needs, so a token that leaks
 * from a job can do little.
 */
export async function githubToken(
  config: GitHubConfig,
  installationId?: number,
  scope?: TokenScope,
): Promise<string | undefined> {
  if (config.appId && config.appPrivateKey && installationId) {
    const key = `${config.apiUrl}#${installationId}#${scope?.repo ?? ''}#${scope?.scope ?? ''}`;
    const hit = cache.get(key);
    if (hit && hit.expiresAt - Date.now() > 5 * 60_000) return hit.token;
    const jwt = appJwt(config.appId, config.appPrivateKey);
    const app = new Octokit({ baseUrl: config.apiUrl, auth: jwt, request: { timeout: 10_000 } });
    const { data } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: installationId,
      ...(scope ? { repositories: [splitRepo(scope.repo)[1]], permissions: PERMISSIONS[scope.scope] } : {}),
    });
    cache.set(key, { token: data.token, expiresAt: Date.parse(data.expires_at) });
    return data.token;
  }
  return config.token;
}

export async function octokitFor(config: GitHubConfig, installationId?: number, scope?: TokenScope): Promise<Octokit> {
  const token = await githubToken(config, installationId, scope);
  return new Octokit({
    baseUrl: config.apiUrl,
    ...(token ? { auth: token } : {}),
    userAgent: 'leakhound-responder',
    request: { timeout: 15_000, retries: 0 },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/** RS256 JWT for the GitHub App, valid for nine minutes (GitHub allows ten). */
export function appJwt(appId: string, privateKeyPem: string, now = Date.now()): string {
  const iat = Math.floor(now / 1000) - 60;
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat, exp: iat + 600, iss: appId })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKeyPem).toString('base64url');
  return `${unsigned}.${signature}`;
}
