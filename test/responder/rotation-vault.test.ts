// AWS rotation into Vault/OpenBao KV v2, with real parts: OpenBao's dev server, moto for IAM and
// STS, a real Redis holding the replacement sealed between steps. The happy paths and what they
// leave behind; failures and crashes are in rotation-failures.test.ts.
import { ListUserTagsCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import { Scrubber } from '../../responder/crypto/scrub.js';
import { retireDelayMs, ROTATION_STEP_IDS, runRotationStep } from '../../responder/rotation/run-step.js';
import { createLeakableKey } from '../helpers/aws-fixtures.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { vaultChecks } from '../helpers/rotation-checks.js';
import { ACCOUNT, entry, incidentId, rotationMissing, rotationRig } from '../helpers/rotation-rig.js';

const missing = rotationMissing();
let n = 0;
const user = () => `vault-bot-${process.pid}-${++n}`;

describe.skipIf(missing)(`rotation into Vault KV v2${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const rig = rotationRig();
  const { keysOf, kv, authenticatesAs, seeded } = vaultChecks(rig);

  it('writes a verified replacement as a new KV version, notifies, and deletes the leaked key after the grace job', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u, { notify: `"${rig.hook.url}/hooks/ok"`, grace: '"1h"' }));
    const id = incidentId();

    const results = await w.runAll(id, leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);

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
    expect(results[2]!.detail).toBe(
      `replacement ${replacement.id.slice(0, 4)}…${replacement.id.slice(-4)} written to vault \`secret/${u}/aws\` v2 and verified`,
    );

    const hook = rig.hook.requests.at(-1)!;
    expect(JSON.parse(hook.body)).toMatchObject({
      event: 'leakhound.rotation',
      incident: id,
      store: 'vault',
      version: '2',
    });
    const everything = `${await everythingInRedis(w.s.redis)}\n${hook.body}\n${results.map((r) => r.detail).join('\n')}`;
    for (const secret of [stored.data.secret_access_key, replacement.id, leaked.secret])
      expect(everything).not.toContain(secret);

    // The first step run again (a redelivered job) leaves the replacement in service alone.
    expect((await awsRotation.steps[0]!.run({ secret: leaked.id }, w.ctx(id))).outcome).toBe('done');
    expect((await keysOf(u)).map((k) => k.id).sort()).toEqual([leaked.id, replacement.id].sort());

    const retired = await awsRotation.retire.run({ secret: leaked.id }, w.ctx(id));
    expect(retired.outcome).toBe('done');
    expect((await keysOf(u)).map((k) => k.id)).toEqual([replacement.id]);
    expect((await rig.iam.send(new ListUserTagsCommand({ UserName: u }))).Tags).toEqual([]);
  });

  it("needs no more than the README's Vault policy", async () => {
    const u = user();
    const leaked = await seeded(u);
    const policy = `path "secret/data/${u}/aws" {\n  capabilities = ["read", "create", "update"]\n}\n`;
    expect((await rig.bao.api('PUT', `sys/policies/acl/${u}`, { policy })).status).toBe(204);
    const token = (await rig.bao.api('POST', 'auth/token/create', { policies: [u], no_default_policy: true })).body.auth
      .client_token as string;
    const w = await rig.worker(entry(u), { VAULT_TOKEN: token });
    const results = await w.runAll(incidentId(), leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);
    expect((await kv(u)).metadata.version).toBe(2);
  });

  it('writes inside the namespace VAULT_NAMESPACE names', async () => {
    const u = user();
    const leaked = await createLeakableKey(rig.iam, u);
    const ns = `team-${n}`;
    expect((await rig.bao.api('POST', `sys/namespaces/${ns}`, {})).status).toBe(200);
    const inNs = { namespace: ns };
    await rig.bao.api('POST', 'sys/mounts/secret', { type: 'kv', options: { version: '2' } }, inNs);
    await rig.bao.api('POST', `secret/data/${u}/aws`, { data: { access_key_id: leaked.id } }, inNs);
    const w = await rig.worker(entry(u), { VAULT_NAMESPACE: ns });
    const results = await w.runAll(incidentId(), leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);
    const stored = (await rig.bao.api('GET', `secret/data/${u}/aws`, undefined, inNs)).body.data;
    expect(stored.metadata.version).toBe(2);
    expect(stored.data.access_key_id).not.toBe(leaked.id);
    expect((await rig.bao.api('GET', `secret/data/${u}/aws`)).status).toBe(404);
  });

  it('keeps the leaked key when a responder holds it', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u));
    const id = incidentId();
    await w.runAll(id, leaked.id);
    await w.s.ledger.setFields(id, { 'rotation:hold': 'U123' });
    const r = await awsRotation.retire.run({ secret: leaked.id }, w.ctx(id));
    expect(r).toMatchObject({ outcome: 'task', detail: expect.stringMatching(/a responder holds the leaked key/) });
    expect(await keysOf(u)).toHaveLength(2);
  });

  it('records the evidence in the incident timeline: redacted id, path and version, verification', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u, { grace: '"90m"' }));
    const id = incidentId();
    await w.s.secrets.put(id, 'primary', leaked.id);
    for (const step of ROTATION_STEP_IDS.slice(0, 4)) {
      expect((await runRotationStep(w.s, w.clients, id, step, new Scrubber())).outcome).toBe('done');
    }
    expect(await retireDelayMs(w.s, id)).toBe(90 * 60_000);
    const replacement = (await keysOf(u)).find((k) => k.id !== leaked.id)!.id;
    const shown = `${replacement.slice(0, 4)}…${replacement.slice(-4)}`;
    const texts = (await w.s.ledger.timeline(id)).map((e) => e.text);
    expect(texts).toEqual([
      expect.stringContaining(`replacement ${shown} created for IAM user ${u}`),
      expect.stringContaining(
        `replacement ${shown} verified: the key pair authenticates as arn:aws:iam::${ACCOUNT}:user/${u}`,
      ),
      expect.stringContaining(`replacement ${shown} written to vault \`secret/${u}/aws\` v2 and verified`),
      expect.stringContaining('no notify hook configured'),
    ]);
    // A retried job appends nothing new.
    await runRotationStep(w.s, w.clients, id, 'rotate-store', new Scrubber());
    expect(await w.s.ledger.timeline(id)).toHaveLength(4);
    const secret = (await kv(u)).data.secret_access_key;
    const all = await everythingInRedis(w.s.redis);
    for (const s of [secret, replacement, leaked.id, leaked.secret]) expect(all).not.toContain(s);
  });
});
