// Rotation through the pipeline, from a pushed key to the replacement in the store, for the cases
// the library-level tests cover one step at a time: Secrets Manager as the store, a worker process
// SIGKILLed between creating and storing, a user who has two keys already, and a rotation that
// waits for a responder's approval in Slack. Real git, Redis, moto, OpenBao; Slack and GitHub
// stand-ins; signed webhooks and signed Slack requests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateAccessKeyCommand } from '@aws-sdk/client-iam';
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { versionKey } from '../../rules/aws/rotate-finish.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { MOTO_ENV } from '../helpers/moto-server.js';
import { entry, rotationMissing } from '../helpers/rotation-rig.js';
import { pairFile, rotationPipeline, shown } from '../helpers/rotation-pipeline.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const missing = rotationMissing();
let n = 0;
const user = (what: string) => `rp-${what}-${process.pid}-${++n}`;

describe.skipIf(missing)(`rotation through the pipeline${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const p = rotationPipeline();
  const iam = () => motoIam(p.svc.moto.url);
  const actionsSince = (from: number, action: string) => p.svc.proxy.actions.slice(from).filter((a) => a === action);

  it('writes the replacement to Secrets Manager as AWSCURRENT, the leaked pair kept as AWSPREVIOUS', async () => {
    const u = user('sm');
    const leaked = await createLeakableKey(iam(), u);
    const sm = new SecretsManagerClient({
      endpoint: p.svc.moto.url,
      region: MOTO_ENV.AWS_REGION,
      credentials: { accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY },
    });
    const value = async (stage: string) =>
      JSON.parse(
        (await sm.send(new GetSecretValueCommand({ SecretId: `${u}/aws`, VersionStage: stage }))).SecretString ?? '{}',
      );
    await sm.send(
      new CreateSecretCommand({
        Name: `${u}/aws`,
        SecretString: JSON.stringify({ AWS_ACCESS_KEY_ID: leaked.id, AWS_SECRET_ACCESS_KEY: leaked.secret }),
      }),
    );
    const map = entry(u, {
      store: '"aws-secretsmanager"',
      path: `"${u}/aws"`,
      fields: '{ id = "AWS_ACCESS_KEY_ID", secret = "AWS_SECRET_ACCESS_KEY" }',
    });
    await p.leak(u, { map, content: pairFile(leaked) }, async ({ until }) => {
      const d = await until((x) => x.incident.steps.rotate?.status === 'done' && !!x.incident.containedAt, 'rotation');
      const keys = await p.checks.keysOf(u);
      expect(keys).toHaveLength(2);
      const replacement = keys.find((k) => k.id !== leaked.id)!;
      expect(replacement.status).toBe('Active');
      expect((await keyState(iam(), u, leaked.id)).status).toBe('Inactive');
      const current = await value('AWSCURRENT');
      expect(current.AWS_ACCESS_KEY_ID).toBe(replacement.id);
      expect(await p.checks.authenticatesAs(current.AWS_ACCESS_KEY_ID, current.AWS_SECRET_ACCESS_KEY)).toContain(
        `user/${u}`,
      );
      expect((await value('AWSPREVIOUS')).AWS_ACCESS_KEY_ID).toBe(leaked.id);
      const versions = (await sm.send(new ListSecretVersionIdsCommand({ SecretId: `${u}/aws` }))).Versions ?? [];
      const ours = versions.find((v) => v.VersionId === versionKey(d.incident.id, replacement.id));
      expect(ours?.VersionStages).toEqual(['AWSCURRENT']);
      expect(d.incident.steps.rotate?.detail).toBe(
        `replacement ${shown(replacement.id)} written to Secrets Manager \`${u}/aws\` version ${ours!.VersionId} and verified`,
      );
    });
    sm.destroy();
  });

  it('makes exactly one replacement, and stores it, when the worker process is SIGKILLed between create and store', async () => {
    const u = user('kill');
    const leaked = await p.checks.seeded(u);
    const from = p.svc.proxy.actions.length;
    const entryPoint = fileURLToPath(new URL('../helpers/responder-worker.ts', import.meta.url));
    let out = '';
    await p.leak(
      u,
      {
        map: entry(u),
        content: pairFile(leaked),
        workers: 0,
        // Tagging comes right after CreateAccessKey and the sealing of the new secret.
        beforeDeliver: () => p.svc.proxy.hold('TagUser'),
      },
      async ({ h, until }) => {
        const child = spawn(process.execPath, ['--import', 'tsx', entryPoint], {
          env: { ...process.env, ...h.env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
        child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
        const exited = new Promise((r) => child.once('exit', r));
        try {
          await waitFor(() => p.svc.proxy.held() === 1, 'the worker to be between creating and storing', 30_000);
          expect(actionsSince(from, 'CreateAccessKey')).toHaveLength(1);
          child.kill('SIGKILL');
          await exited;
        } finally {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        }
        p.svc.proxy.release({ drop: true });

        await h.startWorker();
        const d = await until(
          (x) => x.incident.steps.rotate?.status === 'done' && !!x.incident.containedAt,
          'another worker to take the stalled job over and finish the rotation',
        );
        expect(actionsSince(from, 'CreateAccessKey')).toHaveLength(1);
        const keys = await p.checks.keysOf(u);
        expect(keys).toHaveLength(2);
        const replacement = keys.find((k) => k.id !== leaked.id)!;
        const stored = await p.checks.kv(u);
        expect(stored.metadata.version).toBe(2);
        expect(stored.data.access_key_id).toBe(replacement.id);
        expect(await p.checks.authenticatesAs(replacement.id, stored.data.secret_access_key)).toContain(`user/${u}`);
        expect((await keyState(iam(), u, leaked.id)).status).toBe('Inactive');
        expect(d.incident.steps.rotate?.detail).toContain(`replacement ${shown(replacement.id)} written to vault`);
        for (const secret of [leaked.secret, stored.data.secret_access_key]) expect(out).not.toContain(secret);
      },
    );
  });

  it('gives a person a task and creates nothing when the user has two keys already', async () => {
    const u = user('two');
    const leaked = await p.checks.seeded(u);
    await iam().send(new CreateAccessKeyCommand({ UserName: u }));
    const before = await p.checks.keysOf(u);
    const from = p.svc.proxy.actions.length;
    await p.leak(u, { map: entry(u), content: pairFile(leaked) }, async ({ until }) => {
      const d = await until((x) => !!x.incident.containedAt, 'containment');
      expect(d.incident.steps.rotate).toMatchObject({
        status: 'task',
        detail: expect.stringMatching(
          /^IAM user \S+ already has two access keys \(.*\); leakhound never deletes a key it did not create/,
        ),
      });
      expect(d.incident.steps.rotate?.detail).not.toContain(leaked.id);
      expect(actionsSince(from, 'CreateAccessKey')).toEqual([]);
      expect((await p.checks.keysOf(u)).map((k) => k.id).sort()).toEqual(before.map((k) => k.id).sort());
      expect((await p.checks.kv(u)).metadata.version).toBe(1);
      // The leaked key is contained as without rotation.
      expect((await keyState(iam(), u, leaked.id)).status).toBe('Inactive');
    });
  });

  it('rotates a key with no evidence once a responder approves with the Slack button', async () => {
    const u = user('approve');
    const leaked = await p.checks.seeded(u);
    const from = p.svc.proxy.actions.length;
    // The key id alone: it names a real key but proves nothing, so nothing acts on its own.
    const content = `GET /bucket/obj?X-Amz-Credential=${leaked.id}%2F20240101 200\n`;
    await p.leak(u, { map: entry(u), content }, async ({ h, until }) => {
      const held = await until(
        (x) => x.incident.steps['aws-deactivate']?.status === 'task' && !!x.incident.slack,
        'containment to be held back',
      );
      expect(held.incident.evidence).toBeUndefined();
      expect(held.incident.steps.rotate?.status).not.toBe('done');
      expect(actionsSince(from, 'CreateAccessKey')).toEqual([]);
      expect((await p.checks.keysOf(u)).map((k) => k.id)).toEqual([leaked.id]);

      const res = await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'contain', held.incident.id);
      expect(res.status).toBe(200);
      const d = await until(
        (x) => x.incident.steps.rotate?.status === 'done' && !!x.incident.containedAt,
        'the approved rotation and containment',
      );
      expect(d.incident.evidence).toMatchObject({ kind: 'responder-approved', by: 'slack:U0SECOPS' });
      expect(actionsSince(from, 'CreateAccessKey')).toHaveLength(1);
      const replacement = (await p.checks.keysOf(u)).find((k) => k.id !== leaked.id)!;
      const stored = await p.checks.kv(u);
      expect(stored).toMatchObject({ metadata: { version: 2 }, data: { access_key_id: replacement.id } });
      expect((await keyState(iam(), u, leaked.id)).status).toBe('Inactive');
      const evidence = `replacement ${shown(replacement.id)} written to vault \`secret/${u}/aws\` v2 and verified`;
      await waitFor(
        () => h.slack.posts().some((x) => x.threadTs && x.text.includes(evidence)),
        'the Slack thread to say where the replacement went',
      );
    });
  });
});
