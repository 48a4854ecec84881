// AWS rotation into Vault/OpenBao KV v2, with real parts: OpenBao's dev server, moto for IAM and
// STS, a real Redis holding the replacement sealed between steps.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  CreateAccessKeyCommand,
  ListAccessKeysCommand,
  ListUserTagsCommand,
  UntagUserCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import { Scrubber } from '../../responder/crypto/scrub.js';
import { retireDelayMs, ROTATION_STEP_IDS, runRotationStep } from '../../responder/rotation/run-step.js';
import { vaultClient, vaultWriter } from '../../responder/rotation/vault-store.js';
import { createLeakableKey } from '../helpers/aws-fixtures.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { ACCOUNT, entry, incidentId, rotationMissing, rotationRig } from '../helpers/rotation-rig.js';

const missing = rotationMissing();
let n = 0;
const user = () => `vault-bot-${process.pid}-${++n}`;

describe.skipIf(missing)(`rotation into Vault KV v2${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const rig = rotationRig();

  const keysOf = async (u: string) =>
    ((await rig.iam.send(new ListAccessKeysCommand({ UserName: u }))).AccessKeyMetadata ?? []).map((k) => ({
      id: k.AccessKeyId!,
      status: k.Status,
    }));
  const kv = async (u: string) => (await rig.bao.api('GET', `secret/data/${u}/aws`)).body?.data;
  const authenticatesAs = async (id: string, secret: string) =>
    (
      await new STSClient({
        endpoint: rig.motoUrl,
        region: 'us-east-1',
        credentials: { accessKeyId: id, secretAccessKey: secret },
      }).send(new GetCallerIdentityCommand({}))
    ).Arn;

  async function seeded(u: string) {
    const leaked = await createLeakableKey(rig.iam, u);
    await rig.bao.api('POST', `secret/data/${u}/aws`, {
      data: { access_key_id: leaked.id, secret_access_key: leaked.secret, region: 'eu-west-1' },
    });
    return leaked;
  }

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

  it('makes a user who already has two keys a task, and creates nothing', async () => {
    const u = user();
    const leaked = await seeded(u);
    await rig.iam.send(new CreateAccessKeyCommand({ UserName: u }));
    const w = await rig.worker(entry(u));
    const [r] = await w.runAll(incidentId(), leaked.id);
    expect(r).toMatchObject({
      outcome: 'task',
      detail: expect.stringMatching(/already has two access keys.*never deletes a key it did not create/),
    });
    expect(await keysOf(u)).toHaveLength(2);
    expect((await kv(u)).metadata.version).toBe(1);
  });

  it('makes an owner without a rotation entry a task with the commands to do it by hand', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry('someone-else'));
    const [r] = await w.runAll(incidentId(), leaked.id);
    expect(r!.outcome).toBe('task');
    expect(r!.detail).toContain(`no entry in LEAKHOUND_ROTATION_CONFIG matches arn:aws:iam::${ACCOUNT}:user/${u}`);
    expect(r!.detail).toContain(`aws iam create-access-key --user-name ${u}`);
    expect(r!.detail).not.toContain(leaked.id);
    expect(await keysOf(u)).toHaveLength(1);
  });

  it('creates exactly one replacement when the worker dies between creating and storing it', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u));
    const id = incidentId();
    const [create, verify, store] = awsRotation.steps as [
      typeof awsRotation.retire,
      typeof awsRotation.retire,
      typeof awsRotation.retire,
    ];
    expect((await create.run({ secret: leaked.id }, w.ctx(id))).outcome).toBe('done');
    // Died after sealing the replacement but before tagging it: the retry must find it anyway.
    const first = (await keysOf(u)).find((k) => k.id !== leaked.id)!;
    await rig.iam.send(new UntagUserCommand({ UserName: u, TagKeys: [first.id] }));
    // A second worker takes the job over (its own process state, the same Redis).
    const w2 = await rig.worker(entry(u), { LEAKHOUND_ENCRYPTION_KEY: w.s.config.encryptionKey.toString('base64') });
    expect(await create.run({ secret: leaked.id }, w2.ctx(id))).toMatchObject({
      outcome: 'done',
      detail: expect.stringMatching(/already created/),
    });
    expect((await verify.run({ secret: leaked.id }, w2.ctx(id))).outcome).toBe('done');
    // Died after the write but before recording it: the retry finds its own version.
    const held = (await w2.ctx(id).state.getReplacement())!;
    const target = w2.ctx(id).targetFor(`arn:aws:iam::${ACCOUNT}:user/${u}`)!;
    await vaultWriter(vaultClient({ addr: rig.bao.addr, token: rig.bao.token, timeoutMs: 5000 })).write(
      target,
      held,
      'x',
    );
    expect(await store.run({ secret: leaked.id }, w2.ctx(id))).toMatchObject({ outcome: 'done' });

    const keys = await keysOf(u);
    expect(keys.map((k) => k.id).sort()).toEqual([leaked.id, first.id].sort());
    const stored = await kv(u);
    expect(stored.metadata.version).toBe(2);
    expect(stored.data.access_key_id).toBe(first.id);
    expect(await authenticatesAs(first.id, stored.data.secret_access_key)).toContain(`user/${u}`);
  });

  it('creates exactly one replacement when the worker process is killed after creating it', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u));
    const id = incidentId();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../helpers/rotation-create-child.ts', import.meta.url))],
      {
        env: { ...process.env, ...w.env, INCIDENT_ID: id, LEAKED_KEY_ID: leaked.id },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [line] = (await Promise.race([
      once(child.stdout!, 'data'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`the worker exited (${String(code)}) before creating a replacement`);
      }),
    ])) as [Buffer];
    expect(line.toString().trim()).toBe('done');
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    const created = (await keysOf(u)).find((k) => k.id !== leaked.id)!;

    // Another worker takes the job over from Redis and finishes the rotation.
    const results = await w.runAll(id, leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);
    expect((await keysOf(u)).map((k) => k.id).sort()).toEqual([leaked.id, created.id].sort());
    const stored = await kv(u);
    expect(stored.data.access_key_id).toBe(created.id);
    expect(await authenticatesAs(created.id, stored.data.secret_access_key)).toContain(`user/${u}`);
  });

  it.each([
    [
      'a bad token',
      { VAULT_TOKEN: 'not-a-token' },
      /Vault has no mount for secret\/data\/.* that VAULT_TOKEN may use \(HTTP 403\)/,
    ],
    ['a missing mount', {}, /Vault has no mount for nomount\/data\/.* \(HTTP 403\)/],
  ])('deletes the replacement again and tells a person when the store refuses (%s)', async (_, env, message) => {
    const u = user();
    const leaked = await seeded(u);
    const path = Object.keys(env).length === 0 ? `"nomount/data/${u}/aws"` : `"secret/data/${u}/aws"`;
    const w = await rig.worker(entry(u, { path }), env);
    const id = incidentId();
    const results = await w.runAll(id, leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'task']);
    expect(results[2]!.detail).toMatch(message);
    expect(results[2]!.detail).toMatch(/was deleted again; the leaked key is contained as without rotation/);
    expect((await keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);
    expect(await w.ctx(id).state.getReplacement()).toBeUndefined();
    expect((await kv(u)).metadata.version).toBe(1);
    // Running it again changes nothing and says the same.
    expect((await awsRotation.steps[2]!.run({ secret: leaked.id }, w.ctx(id))).outcome).toBe('task');
    expect((await keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);
  });

  it('rotates when run again from the start once the store is fixed', async () => {
    const u = user();
    const leaked = await seeded(u);
    const id = incidentId();
    const broken = await rig.worker(entry(u), { VAULT_TOKEN: 'not-a-token' });
    expect((await broken.runAll(id, leaked.id)).map((r) => r.outcome)).toEqual(['done', 'done', 'task']);
    const fixed = await rig.worker(entry(u), {
      LEAKHOUND_ENCRYPTION_KEY: broken.s.config.encryptionKey.toString('base64'),
    });
    expect((await fixed.runAll(id, leaked.id)).map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);
    expect((await keysOf(u)).length).toBe(2);
    expect((await kv(u)).metadata.version).toBe(2);
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

  it('refuses a KV v1 mount instead of writing {options, data} into it', async () => {
    const u = user();
    const leaked = await seeded(u);
    const mount = `kv1${n}`;
    expect((await rig.bao.api('POST', `sys/mounts/${mount}`, { type: 'kv', options: { version: '1' } })).status).toBe(
      204,
    );
    await rig.bao.api('POST', `${mount}/data/${u}`, { access_key_id: leaked.id });
    const w = await rig.worker(entry(u, { path: `"${mount}/data/${u}"` }));
    const results = await w.runAll(incidentId(), leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'task']);
    expect(results[2]!.detail).toMatch(
      new RegExp(`is not a KV v2 data path on this Vault \\(mount ${mount}/ is kv version 1\\)`),
    );
    expect((await rig.bao.api('GET', `${mount}/data/${u}`)).body.data).toEqual({ access_key_id: leaked.id });
    expect((await keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);
  });

  it('treats a cas conflict as a refusal: the replacement is deleted and nothing is overwritten', async () => {
    const u = user();
    const leaked = await seeded(u);
    const w = await rig.worker(entry(u));
    const id = incidentId();
    const [create, verify, store] = awsRotation.steps as [
      typeof awsRotation.retire,
      typeof awsRotation.retire,
      typeof awsRotation.retire,
    ];
    await create.run({ secret: leaked.id }, w.ctx(id));
    await verify.run({ secret: leaked.id }, w.ctx(id));
    // Someone else writes between our read and our write.
    const client = vaultClient({ addr: rig.bao.addr, token: rig.bao.token, timeoutMs: 5000 });
    const read = client.read.bind(client);
    client.read = async (...args: Parameters<typeof read>) => {
      const r = await read(...args);
      await rig.bao.api('POST', `secret/data/${u}/aws`, { data: { access_key_id: 'changed-by-a-person' } });
      return r;
    };
    const ctx = { ...w.ctx(id), writer: () => vaultWriter(client) };
    const r = await store.run({ secret: leaked.id }, ctx);
    expect(r).toMatchObject({
      outcome: 'task',
      detail: expect.stringMatching(/changed since it was read \(cas conflict\).*deleted again/),
    });
    expect((await kv(u)).data.access_key_id).toBe('changed-by-a-person');
    expect((await keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);
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
