// GitLab personal access token rotation through the whole responder: a pushed token rotates
// itself (POST …/self/rotate, which revokes it), the new token is verified as the same
// user and token name, written to OpenBao as a new KV v2 version, and the revoke step then finds
// the leaked token already dead. Real git, Redis, OpenBao; a GitLab stand-in that behaves as
// documented; signed webhooks.
import { describe, expect, it } from 'vitest';
import { nextExpiry } from '../../rules/gitlab/rotate.js';
import { type GitLabStandIn, startGitLabStandIn } from '../helpers/gitlab-standin.js';
import { afterAll, beforeAll } from 'vitest';
import { entry, rotationMissing } from '../helpers/rotation-rig.js';
import { rotationPipeline } from '../helpers/rotation-pipeline.js';
import { waitFor } from '../helpers/free-port.js';

const missing = rotationMissing();
let n = 0;

describe.skipIf(missing)(`GitLab token rotation${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const p = rotationPipeline();
  let gl: GitLabStandIn;
  beforeAll(async () => {
    gl = await startGitLabStandIn();
  });
  afterAll(async () => gl?.close());

  const gitlabEntry = (u: string, over: Record<string, string> = {}) =>
    entry(u, {
      provider: '"gitlab"',
      match: `"${u}/ci-*"`,
      path: `"secret/data/${u}/gitlab"`,
      fields: '{ id = "token_id", secret = "token" }',
      ...over,
    });

  it('rotates a pushed token into Vault; GitLab revoked the leaked one', async () => {
    const u = `gl-bot-${process.pid}-${++n}`;
    const leaked = gl.issue(u, 'ci-deploy');
    const env = { LEAKHOUND_GITLAB_API_URL: gl.url };
    await p.leak(u, { map: gitlabEntry(u), content: `GITLAB_TOKEN=${leaked}\n`, env }, async ({ h, until }) => {
      const d = await until(
        (x) => x.incident.steps.rotate?.status === 'done' && !!x.incident.containedAt,
        'the rotation and containment',
      );
      const stored = (await p.bao.api('GET', `secret/data/${u}/gitlab`)).body.data;
      expect(stored.metadata.version).toBe(1);
      const fresh = gl.tokens.get(stored.data.token)!;
      expect(fresh).toMatchObject({ revoked: false, username: u, name: 'ci-deploy' });
      expect(stored.data.token_id).toBe(String(fresh.id));
      expect(gl.tokens.get(leaked)!.revoked).toBe(true);
      const rotations = gl.requests.filter((r) => r.path === '/api/v4/personal_access_tokens/self/rotate');
      expect(rotations).toHaveLength(1);
      expect(JSON.parse(rotations[0]!.body)).toEqual({ expires_at: '2030-01-31' });

      const evidence = `replacement token #${fresh.id} written to vault \`secret/${u}/gitlab\` v1 and verified`;
      expect(d.incident.steps.rotate).toMatchObject({ status: 'done', by: 'leakhound', detail: evidence });
      expect(d.incident.steps['gitlab-revoke']).toMatchObject({
        status: 'done',
        detail: 'GitLab no longer accepts the token (HTTP 401)',
      });
      expect(d.incident.steps['gitlab-confirm-revoked']?.status).toBe('done');
      const at = (pred: (t: string) => boolean) => d.timeline.findIndex((e) => pred(e.text));
      expect(at((t) => t.startsWith('Rotate the credential at its provider'))).toBeLessThan(
        d.timeline.findIndex((e) => e.step === 'gitlab-revoke'),
      );
      const posts = await waitFor(() => {
        const all = h.slack.posts();
        return all.some((x) => x.threadTs && x.text.includes(evidence)) ? all : undefined;
      }, 'the thread to say where the new token went');
      const everything = [JSON.stringify(posts), ...h.logs, JSON.stringify(d.timeline)].join('\n');
      for (const secret of [leaked, stored.data.token]) expect(everything).not.toContain(secret);
    });
  });

  it('leaves a token without a matching entry to be revoked as before, with a task to replace it', async () => {
    const u = `gl-other-${process.pid}-${++n}`;
    const leaked = gl.issue(u, 'laptop');
    const env = { LEAKHOUND_GITLAB_API_URL: gl.url };
    await p.leak(u, { map: gitlabEntry(u), content: `GITLAB_TOKEN=${leaked}\n`, env }, async ({ until }) => {
      const d = await until((x) => !!x.incident.containedAt, 'containment');
      expect(d.incident.steps.rotate).toMatchObject({
        status: 'task',
        detail: expect.stringMatching(
          new RegExp(`^no entry in LEAKHOUND_ROTATION_CONFIG matches ${u}/laptop; rotate by hand: create a new token`),
        ),
      });
      expect(gl.requests.filter((r) => r.path.endsWith('/rotate') && r.headers['private-token'] === leaked)).toEqual(
        [],
      );
      expect(d.incident.steps['gitlab-revoke']?.detail).toBe(
        'token revoked (DELETE /api/v4/personal_access_tokens/self)',
      );
      expect((await p.bao.api('GET', `secret/data/${u}/gitlab`)).status).toBe(404);
    });
  });

  it.each([
    ['2030-01-31', '2030-01-31'],
    ['2026-01-02', '2026-01-31'],
    [undefined, '2026-01-31'],
  ])('keeps the expiry %s when it is ahead, else 30 days (→ %s)', (current, next) => {
    expect(nextExpiry(current, new Date('2026-01-01T12:00:00Z'))).toBe(next);
  });
});
