// Token rotation through the whole responder. GitLab: a pushed token rotates itself
// (POST …/self/rotate, which revokes it), the new token is verified as the same user and token
// name, written to OpenBao as a new KV v2 version, and the revoke step then finds the leaked token
// already dead. Stripe: the app-managed roll rotates the key through the v2 API keys endpoints and
// the decrypted new key is written the same way. Real git, Redis, OpenBao; GitLab and Stripe
// stand-ins that behave as documented; signed webhooks.
import { describe, expect, it } from 'vitest';
import { nextExpiry } from '../../rules/gitlab/rotate.js';
import { type GitLabStandIn, startGitLabStandIn } from '../helpers/gitlab-standin.js';
import { type StripeV2StandIn, startStripeV2StandIn } from '../helpers/stripe-v2-standin.js';
import { afterAll, beforeAll } from 'vitest';
import { entry, rotationMissing } from '../helpers/rotation-rig.js';
import { rotationPipeline } from '../helpers/rotation-pipeline.js';
import { waitFor } from '../helpers/free-port.js';

const missing = rotationMissing();
let n = 0;

describe.skipIf(missing)(`token rotation (GitLab, Stripe)${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const p = rotationPipeline();
  let gl: GitLabStandIn;
  let st: StripeV2StandIn;
  beforeAll(async () => {
    [gl, st] = await Promise.all([startGitLabStandIn(), startStripeV2StandIn()]);
  });
  afterAll(async () => Promise.all([gl?.close(), st?.close()]));

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

  it('rotates a pushed Stripe key through the app-managed roll and writes the new key to Vault', async () => {
    const u = `st-bot-${process.pid}-${++n}`;
    const leaked = st.issue(`payments-${u}`);
    const map = entry(u, {
      provider: '"stripe"',
      match: '"live/payments-*"',
      path: `"secret/data/${u}/stripe"`,
      fields: '{ id = "key_id", secret = "secret_key" }',
    });
    const env = {
      LEAKHOUND_STRIPE_API_URL: st.url,
      LEAKHOUND_STRIPE_APP_KEY: st.appKey,
      LEAKHOUND_STRIPE_APP_MANAGED_ROLL: '1',
    };
    await p.leak(u, { map, content: `STRIPE_SECRET_KEY=${leaked.secret}\n`, env }, async ({ h, until }) => {
      const d = await until(
        (x) =>
          x.incident.steps.rotate?.status === 'done' && x.incident.steps['stripe-confirm-revoked']?.status === 'done',
        'the rotation and the confirmed revocation',
      );
      const stored = (await p.bao.api('GET', `secret/data/${u}/stripe`)).body.data;
      const fresh = st.keys.get(stored.data.key_id)!;
      expect(fresh).toMatchObject({ status: 'active', name: `payments-${u}`, secret: stored.data.secret_key });
      expect(st.keys.get(leaked.id)!.status).toBe('expired');
      // The new key's id is shown redacted, like every replacement id.
      expect(d.incident.steps.rotate?.detail).toMatch(
        new RegExp(`^replacement API key apik…\\w+ written to vault \`secret/${u}/stripe\` v1 and verified$`),
      );
      expect(d.incident.steps.rotate?.detail).not.toContain(fresh.id);
      expect(d.incident.steps['stripe-roll']?.detail).toBe(`API key ${leaked.id} is already expired`);
      const everything = [JSON.stringify(h.slack.posts()), ...h.logs, JSON.stringify(d.timeline)].join('\n');
      for (const secret of [leaked.secret, fresh.secret]) expect(everything).not.toContain(secret);
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
