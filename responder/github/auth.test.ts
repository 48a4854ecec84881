import { createVerify, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../../test/helpers/github-standin.js';
import { githubToken } from './auth.js';

describe('GitHub credentials', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let gh: GitHubStandIn;
  beforeAll(async () => {
    gh = await startGitHubStandIn('installation-token-for-tests');
  });
  afterAll(async () => gh?.close());

  it('mints an installation token with an RS256 app JWT, and reuses it until it nears expiry', async () => {
    const config = {
      apiUrl: gh.url,
      appId: '4242',
      appPrivateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    };
    expect(await githubToken(config, 77)).toBe('installation-token-for-tests');
    expect(await githubToken(config, 77)).toBe('installation-token-for-tests');
    const minted = gh.requests.filter((r) => r.path === '/app/installations/77/access_tokens');
    expect(minted).toHaveLength(1);
    const jwt = String(minted[0]!.headers.authorization).replace(/^bearer /i, '');
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      iss: string;
      iat: number;
      exp: number;
    };
    expect(claims.iss).toBe('4242');
    expect(claims.exp - claims.iat).toBe(600);
    expect(
      createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(publicKey, Buffer.from(signature, 'base64url')),
    ).toBe(true);
  });

  it('mints a token for the one repository and only the permissions its use needs', async () => {
    const config = {
      apiUrl: gh.url,
      appId: '4242',
      appPrivateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    };
    await githubToken(config, 78, { repo: 'octo-org/app', scope: 'contents' });
    await githubToken(config, 78, { repo: 'octo-org/app', scope: 'alerts' });
    const bodies = gh.requests
      .filter((r) => r.path === '/app/installations/78/access_tokens')
      .map((r) => JSON.parse(r.body) as unknown);
    expect(bodies).toEqual([
      { repositories: ['app'], permissions: { contents: 'read' } },
      { repositories: ['app'], permissions: { contents: 'read', secret_scanning_alerts: 'write' } },
    ]);
  });

  it('falls back to GITHUB_TOKEN without a GitHub App, or without an installation', async () => {
    expect(await githubToken({ apiUrl: gh.url, token: 'pat-for-tests' }, 77)).toBe('pat-for-tests');
    expect(await githubToken({ apiUrl: gh.url, token: 'pat-for-tests', appId: '1', appPrivateKey: 'unused' })).toBe(
      'pat-for-tests',
    );
  });
});
