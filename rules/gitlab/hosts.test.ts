// A GitLab token found beside a self-managed instance's URL is checked and revoked there only
// when LEAKHOUND_GITLAB_HOSTS lists that host; otherwise it goes where it always did (gitlab.com
// or LEAKHOUND_GITLAB_API_URL), never to a host taken from the leaked text alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeFetch } from '../../test/helpers/fake-fetch.js';
import { seed } from '../fixture-kit.js';
import { ProviderConfigError } from '../provider-http.js';
import type { ProviderContext } from '../provider.js';
import { fixtures } from './fixtures.js';
import { gitlabOrigin, trustedGitlabHosts } from './hosts.js';
import { gitlab } from './provider.js';

let token = '';
beforeAll(() => {
  seed(20261206);
  token = fixtures()['gitlab-pat']!.truePositives[0]!.secret!;
});

function ctxWith(env: Record<string, string>) {
  let revoked = false;
  const f = fakeFetch((r) => {
    if (r.method === 'DELETE') {
      revoked = true;
      return { status: 204 };
    }
    return revoked
      ? { status: 401, body: { message: '401 Unauthorized' } }
      : { status: 200, body: { scopes: ['api'] } };
  });
  const ctx: ProviderContext = { fetch: f.fetch, env, timeoutMs: 1000 };
  return { ctx, sent: f.sent };
}

describe('LEAKHOUND_GITLAB_HOSTS', () => {
  it('reads host names and origins, https unless on this machine', () => {
    const t = trustedGitlabHosts({
      LEAKHOUND_GITLAB_HOSTS: ' gitlab.example.com, https://Git.Example.org:8443 ,http://127.0.0.1:9090,',
    });
    expect([...t]).toEqual([
      ['gitlab.example.com', 'https://gitlab.example.com'],
      ['git.example.org:8443', 'https://git.example.org:8443'],
      ['127.0.0.1:9090', 'http://127.0.0.1:9090'],
    ]);
  });

  it.each([
    'http://gitlab.example.com',
    'https://gitlab.example.com/api',
    'https://user:pw@gitlab.example.com',
    'gitlab example com',
    'https://gitlab.example.com?x=1',
  ])('refuses %s with a one-line message naming the variable', (entry) => {
    expect(() => trustedGitlabHosts({ LEAKHOUND_GITLAB_HOSTS: entry })).toThrow(ProviderConfigError);
    expect(() => trustedGitlabHosts({ LEAKHOUND_GITLAB_HOSTS: entry })).toThrow(/^LEAKHOUND_GITLAB_HOSTS .*e\.g\./);
  });

  it('picks the first nearby host the list trusts', () => {
    const env = { LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com,git.example.org' };
    expect(gitlabOrigin({ hosts: ['evil.example.net', 'GIT.example.org'] }, { env })).toBe('https://git.example.org');
    expect(gitlabOrigin({ hosts: ['evil.example.net'] }, { env })).toBeUndefined();
    expect(gitlabOrigin({}, { env })).toBeUndefined();
  });
});

describe('GitLab with a host beside the token', () => {
  it('verifies and revokes on the trusted self-managed host, and says which', async () => {
    const { ctx, sent } = ctxWith({ LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com' });
    const c = { ruleId: 'gitlab-pat', secret: token, hosts: ['gitlab.example.com'] };
    const v = await gitlab.verify!(c, ctx);
    expect(v).toMatchObject({
      state: 'live',
      reason: expect.stringMatching(/^GitLab at gitlab\.example\.com accepts/),
    });
    for (const step of gitlab.containment) expect((await step.run(c, ctx)).outcome).toBe('done');
    expect(sent.map((r) => new URL(r.url).host)).toEqual(Array(3).fill('gitlab.example.com'));
  });

  it('never sends the token to a host named beside it that the list does not trust', async () => {
    const { ctx, sent } = ctxWith({ LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com' });
    await gitlab.verify!({ ruleId: 'gitlab-pat', secret: token, hosts: ['gitlab.attacker.example'] }, ctx);
    await gitlab.containment[0]!.run({ ruleId: 'gitlab-pat', secret: token, hosts: ['gitlab.attacker.example'] }, ctx);
    expect(sent.map((r) => new URL(r.url).host)).toEqual(['gitlab.com', 'gitlab.com']);
  });

  it('falls back to LEAKHOUND_GITLAB_API_URL, and without a list trusts no nearby host at all', async () => {
    const { ctx, sent } = ctxWith({ LEAKHOUND_GITLAB_API_URL: 'https://gitlab.corp.example' });
    await gitlab.verify!({ ruleId: 'gitlab-runner-token', secret: token, hosts: ['gitlab.example.com'] }, ctx);
    expect(sent.map((r) => new URL(r.url).host)).toEqual(['gitlab.corp.example']);
  });

  it('answers unknown, sending nothing, when the list is malformed', async () => {
    const { ctx, sent } = ctxWith({ LEAKHOUND_GITLAB_HOSTS: 'http://gitlab.example.com' });
    const c = { ruleId: 'gitlab-pat', secret: token, hosts: ['gitlab.example.com'] };
    expect(await gitlab.verify!(c, ctx)).toMatchObject({ state: 'unknown', reason: /LEAKHOUND_GITLAB_HOSTS/ });
    expect((await gitlab.containment[0]!.run(c, ctx)).outcome).toBe('task');
    expect(sent).toEqual([]);
  });
});
