// GitLab's rotate call against a stand-in that behaves as documented: what each answer becomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitLabStandIn, startGitLabStandIn } from '../../test/helpers/gitlab-standin.js';
import type { ProviderContext } from '../provider.js';
import { gitlabRotation } from './rotate.js';

describe('GitLab token rotation', () => {
  let gl: GitLabStandIn;
  let ctx: ProviderContext;
  beforeAll(async () => {
    gl = await startGitLabStandIn();
    ctx = { fetch, env: { LEAKHOUND_GITLAB_API_URL: gl.url }, timeoutMs: 5000 };
  });
  afterAll(async () => gl?.close());
  const pat = (secret: string) => ({ ruleId: 'gitlab-pat', secret });

  it('names the owner <username>/<token name>, or #<user id> when the token may not read the user', async () => {
    expect(await gitlabRotation.owner(pat(gl.issue('deploy-bot', 'ci-deploy')), ctx)).toEqual({
      owner: 'deploy-bot/ci-deploy',
    });
    expect(await gitlabRotation.owner(pat(gl.issue('deploy-bot', 'rotator', ['self_rotate'])), ctx)).toEqual({
      owner: '#7/rotator',
    });
  });

  it('rotates: the new token works as the same owner, the leaked one is revoked, and neither is in a detail', async () => {
    const leaked = gl.issue('deploy-bot', 'ci-deploy');
    const r = await gitlabRotation.rotate(pat(leaked), ctx);
    if ('outcome' in r) throw new Error(r.detail);
    expect(gl.tokens.get(leaked)!.revoked).toBe(true);
    expect(r.shown).toBe(`token #${r.replacement.id}`);
    expect(r.detail).not.toContain(r.replacement.secret);
    expect(await gitlabRotation.verify(r.replacement, ctx)).toMatchObject({ owner: 'deploy-bot/ci-deploy' });
    // Undo (a store that refused): the new token is revoked too.
    expect((await gitlabRotation.revoke(r.replacement, ctx)).outcome).toBe('done');
    expect(gl.tokens.get(r.replacement.secret)!.revoked).toBe(true);
  });

  it.each([['a token without api or self_rotate', ['read_repository'], /lacks the api or self_rotate scope/]])(
    'makes %s a task',
    async (_what, scopes, detail) => {
      const r = await gitlabRotation.rotate(pat(gl.issue('deploy-bot', 'ro', scopes)), ctx);
      expect(r).toMatchObject({ outcome: 'task', detail: expect.stringMatching(detail) });
    },
  );

  it('says a token that no longer works cannot be rotated', async () => {
    const leaked = gl.issue('deploy-bot', 'gone');
    gl.tokens.get(leaked)!.revoked = true;
    expect(await gitlabRotation.owner(pat(leaked), ctx)).toMatchObject({
      outcome: 'task',
      detail: expect.stringMatching(/no longer accepts the leaked token \(HTTP 401\)/),
    });
  });

  it('rotates personal access tokens only', async () => {
    expect(await gitlabRotation.owner({ ruleId: 'gitlab-runner-token', secret: 'x' }, ctx)).toMatchObject({
      outcome: 'task',
      detail: expect.stringMatching(/personal access tokens only/),
    });
  });
});
