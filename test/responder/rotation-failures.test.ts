// AWS rotation into Vault/OpenBao KV v2 when something goes wrong: a worker that dies mid-way,
// a user who has two keys, no rotation entry, a store that refuses. Real OpenBao, moto, Redis.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { CreateAccessKeyCommand, UntagUserCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import { vaultClient, vaultWriter } from '../../responder/rotation/vault-store.js';
import { vaultChecks } from '../helpers/rotation-checks.js';
import { ACCOUNT, entry, incidentId, rotationMissing, rotationRig } from '../helpers/rotation-rig.js';

const missing = rotationMissing();
let n = 0;
const user = () => `fail-bot-${process.pid}-${++n}`;

describe.skipIf(missing)(`rotation failures${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const rig = rotationRig();
  const { keysOf, kv, authenticatesAs, seeded } = vaultChecks(rig);

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
});
