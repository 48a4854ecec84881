// Rotation end to end, with real parts: a key pair created in moto is pushed to a repository,
// and with no human action the responder replaces it (a new key for the same user, verified,
// written to OpenBao as a new KV v2 version) before it deactivates the leaked one, then
// schedules the grace-period deletion. Real git, Redis, moto, OpenBao, GitHub and Slack stand-ins.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { bullPrefix } from '../../responder/redis/keys.js';
import { keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { type OpenBao, startOpenBao } from '../helpers/openbao-server.js';
import { pushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { type Harness, startHarness } from '../helpers/responder-harness.js';
import { servicesPerFile } from '../helpers/responder-services.js';
import { vaultChecks } from '../helpers/rotation-checks.js';
import { ACCOUNT, entry, type Rig, rotationMissing } from '../helpers/rotation-rig.js';

const missing = rotationMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(missing)(`rotation end to end${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const svc = servicesPerFile();
  let bao: OpenBao;
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-rotation-e2e-'));
  beforeAll(async () => {
    bao = await startOpenBao();
  });
  afterAll(async () => {
    await bao?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  // The checks read moto directly and OpenBao with the root token.
  const checks = () =>
    vaultChecks({ bao, iam: motoIam(svc.moto.url), motoUrl: svc.moto.url } as Pick<
      Rig,
      'bao' | 'iam' | 'motoUrl'
    > as Rig);

  interface Pushed {
    h: Harness;
    queue: Queue;
    incident: Incident;
    timeline: TimelineEntry[];
  }

  /** A key pair of user `u` (in Vault as version 1) pushed to a repository, and the incident once contained. */
  async function leakAndContain(
    u: string,
    leaked: { id: string; secret: string },
    vaultToken: string,
    body: (p: Pushed) => Promise<void>,
  ): Promise<void> {
    const map = join(dir, `${u}.toml`);
    writeFileSync(map, entry(u, { grace: '"1h"' }));
    const repo = pushRepo(`octo-org/${u}`);
    const h = await startHarness({
      redisUrl: svc.redis.url,
      motoUrl: svc.proxy.url,
      repoRoot: repo.root,
      env: { LEAKHOUND_ROTATION_CONFIG: map, VAULT_ADDR: bao.addr, VAULT_TOKEN: vaultToken },
    });
    const queue = new Queue('containment', { connection: { url: svc.redis.url }, prefix: bullPrefix(h.config.prefix) });
    try {
      repo.commit({ 'deploy.env': `AWS_ACCESS_KEY_ID=${leaked.id}\nAWS_SECRET_ACCESS_KEY=${leaked.secret}\n` });
      const res = await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
      expect(res.status).toBe(202);
      const { incident, timeline } = await waitFor(
        async () => {
          const ids = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents.map((i) => i.id);
          const d = ids[0] ? await h.api<Detail>(`/incidents/${ids[0]}`) : undefined;
          return d?.incident.containedAt && d.timeline.some((e) => e.kind === 'contained') ? d : undefined;
        },
        'the incident to be contained',
        30_000,
        100,
      );
      await body({ h, queue, incident, timeline });
    } finally {
      await queue.close();
      await h.close();
      repo.remove();
    }
  }

  it('replaces a pushed key in Vault before deactivating it, and schedules its deletion', async () => {
    const u = `e2e-bot-${process.pid}`;
    const { keysOf, kv, authenticatesAs, seeded } = checks();
    const leaked = await seeded(u);
    await leakAndContain(u, leaked, bao.token, async ({ h, queue, incident, timeline }) => {
      // The leaked key is contained as without rotation.
      expect((await keyState(motoIam(svc.moto.url), u, leaked.id)).status).toBe('Inactive');
      // A replacement for the same user, Active, authenticating, stored as version 2.
      const keys = await keysOf(u);
      expect(keys).toHaveLength(2);
      const replacement = keys.find((k) => k.id !== leaked.id)!;
      expect(replacement.status).toBe('Active');
      const stored = await kv(u);
      expect(stored.metadata.version).toBe(2);
      expect(stored.data).toMatchObject({ access_key_id: replacement.id, region: 'eu-west-1' });
      expect(await authenticatesAs(stored.data.access_key_id, stored.data.secret_access_key)).toBe(
        `arn:aws:iam::${ACCOUNT}:user/${u}`,
      );

      const shown = `${replacement.id.slice(0, 4)}…${replacement.id.slice(-4)}`;
      const evidence = `replacement ${shown} written to vault \`secret/${u}/aws\` v2 and verified`;
      expect(incident.state).toBe('contained');
      expect(incident.steps.rotate).toMatchObject({ status: 'done', by: 'leakhound', detail: evidence });
      // Rotation ran before the leaked key stopped working.
      const at = (pred: (e: TimelineEntry) => boolean) => timeline.findIndex(pred);
      expect(at((e) => e.kind === 'rotation' && e.text.includes(evidence))).toBeGreaterThan(-1);
      expect(at((e) => e.step === 'rotate')).toBeLessThan(at((e) => e.step === 'aws-deactivate'));
      expect(timeline.filter((e) => e.kind === 'rotation').map((e) => e.text.split(' (')[0]!.split(':')[0])).toEqual([
        'Create a replacement key for the same user',
        'Verify the replacement authenticates',
        'Write the replacement to the secret store as a new version',
        'Tell the services a new version is there',
      ]);

      // The grace-period deletion waits as a delayed job; the leaked key id stays sealed for it.
      const delayed = await queue.getDelayed();
      expect(delayed.map((j) => [j.name, j.data, j.opts.delay])).toEqual([
        ['aws-rotate-retire', { incidentId: incident.id, step: 'aws-rotate-retire' }, 3_600_000],
      ]);

      const posts = await waitFor(() => {
        const p = h.slack.posts();
        return p.some((x) => x.threadTs && x.text.includes(evidence)) ? p : undefined;
      }, 'the Slack thread to say where the replacement went');
      const everything = [
        await everythingInRedis(h.workers[0]!.services.redis),
        JSON.stringify(posts),
        ...h.logs,
        JSON.stringify(timeline),
      ].join('\n');
      for (const secret of [stored.data.secret_access_key, replacement.id, leaked.secret, leaked.id])
        expect(everything).not.toContain(secret);

      // The grace period is over (the delayed job promoted): the leaked key is deleted, the replacement stays.
      await delayed[0]!.promote();
      await waitFor(
        async () => ((await keysOf(u)).length === 1 ? true : undefined),
        'the retire job to delete the leaked key',
      );
      expect(await keysOf(u)).toEqual([{ id: replacement.id, status: 'Active' }]);
      const after = await waitFor(async () => {
        const d = await h.api<Detail>(`/incidents/${incident.id}`);
        return d.timeline.some((e) => e.text.startsWith('Delete the leaked key')) ? d : undefined;
      }, 'the retire step in the timeline');
      expect(after.timeline.find((e) => e.text.startsWith('Delete the leaked key'))?.text).toMatch(
        /^Delete the leaked key .*: leaked key \S+ deleted after the grace period$/,
      );
    });
  });

  it('still contains the leaked key when the store refuses the write, and tells a person', async () => {
    const u = `e2e-refused-${process.pid}`;
    const { keysOf, kv, seeded } = checks();
    const leaked = await seeded(u);
    await leakAndContain(u, leaked, 'not-a-valid-token', async ({ queue, incident, timeline }) => {
      expect((await keyState(motoIam(svc.moto.url), u, leaked.id)).status).toBe('Inactive');
      // The replacement was deleted again: nothing will ever read it.
      expect((await keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);
      expect((await kv(u)).metadata.version).toBe(1);
      expect(incident.steps['aws-deactivate']?.status).toBe('done');
      expect(incident.steps.rotate).toMatchObject({
        status: 'task',
        detail: expect.stringMatching(/was deleted again; the leaked key is contained as without rotation/),
      });
      // Nothing written, nothing to announce or retire.
      const rotation = timeline.filter((e) => e.kind === 'rotation').map((e) => e.text);
      expect(rotation).toHaveLength(3);
      expect(rotation[2]).toMatch(/^Write the replacement to the secret store as a new version: needs a person: /);
      expect(await queue.getDelayed()).toEqual([]);
    });
  });
});
