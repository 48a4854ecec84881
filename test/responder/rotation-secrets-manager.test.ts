// AWS rotation into AWS Secrets Manager (moto): the new value staged AWSPENDING, then made
// AWSCURRENT, the old one kept as AWSPREVIOUS; a retried write makes no second version.
import { ListAccessKeysCommand } from '@aws-sdk/client-iam';
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { beforeAll, describe, expect, it } from 'vitest';
import { awsRotation, versionKey } from '../../rules/aws/rotate-finish.js';
import { createLeakableKey } from '../helpers/aws-fixtures.js';
import { MOTO_ENV } from '../helpers/moto-server.js';
import { entry, incidentId, rotationMissing, rotationRig } from '../helpers/rotation-rig.js';

const missing = rotationMissing();
let n = 0;
const user = () => `sm-bot-${process.pid}-${++n}`;

describe.skipIf(missing)(`rotation into AWS Secrets Manager${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const rig = rotationRig();
  let sm: SecretsManagerClient;
  beforeAll(() => {
    sm = new SecretsManagerClient({
      endpoint: rig.motoUrl,
      region: MOTO_ENV.AWS_REGION,
      credentials: { accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY },
    });
  });

  const value = async (name: string, stage: string) =>
    JSON.parse(
      (await sm.send(new GetSecretValueCommand({ SecretId: name, VersionStage: stage }))).SecretString ?? '{}',
    );

  it('stages the replacement AWSPENDING, then moves AWSCURRENT onto it', async () => {
    const u = user();
    const leaked = await createLeakableKey(rig.iam, u);
    await sm.send(
      new CreateSecretCommand({
        Name: `${u}/aws`,
        SecretString: JSON.stringify({
          AWS_ACCESS_KEY_ID: leaked.id,
          AWS_SECRET_ACCESS_KEY: leaked.secret,
          REGION: 'eu-west-1',
        }),
      }),
    );
    const w = await rig.worker(
      entry(u, {
        store: '"aws-secretsmanager"',
        path: `"${u}/aws"`,
        fields: '{ id = "AWS_ACCESS_KEY_ID", secret = "AWS_SECRET_ACCESS_KEY" }',
      }),
    );
    const id = incidentId();
    const results = await w.runAll(id, leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done']);

    const keys = (await rig.iam.send(new ListAccessKeysCommand({ UserName: u }))).AccessKeyMetadata ?? [];
    const replacement = keys.find((k) => k.AccessKeyId !== leaked.id)!.AccessKeyId!;
    expect(await value(`${u}/aws`, 'AWSCURRENT')).toMatchObject({
      AWS_ACCESS_KEY_ID: replacement,
      REGION: 'eu-west-1',
    });
    expect(await value(`${u}/aws`, 'AWSPREVIOUS')).toMatchObject({ AWS_ACCESS_KEY_ID: leaked.id });
    const versions = (await sm.send(new ListSecretVersionIdsCommand({ SecretId: `${u}/aws` }))).Versions ?? [];
    expect(versions).toHaveLength(2);
    const ours = versions.find((v) => v.VersionId === versionKey(id, replacement))!;
    expect(ours.VersionStages).toEqual(['AWSCURRENT']);
    expect(results[2]!.detail).toContain(
      `written to Secrets Manager \`${u}/aws\` version ${versionKey(id, replacement)}`,
    );
  });

  it('finishes its own staged version after a crash between PutSecretValue and the stage move', async () => {
    const u = user();
    const leaked = await createLeakableKey(rig.iam, u);
    await sm.send(
      new CreateSecretCommand({
        Name: `${u}/aws`,
        SecretString: JSON.stringify({ id: leaked.id, secret: leaked.secret }),
      }),
    );
    const w = await rig.worker(
      entry(u, { store: '"aws-secretsmanager"', path: `"${u}/aws"`, fields: '{ id = "id", secret = "secret" }' }),
    );
    const id = incidentId();
    const [create, verify, store] = awsRotation.steps as [
      typeof awsRotation.retire,
      typeof awsRotation.retire,
      typeof awsRotation.retire,
    ];
    await create.run({ secret: leaked.id }, w.ctx(id));
    await verify.run({ secret: leaked.id }, w.ctx(id));
    const r = (await w.ctx(id).state.getReplacement())!;
    // What the dead worker got done: its version, staged AWSPENDING only.
    await sm.send(
      new PutSecretValueCommand({
        SecretId: `${u}/aws`,
        ClientRequestToken: versionKey(id, r.id),
        SecretString: JSON.stringify({ id: r.id, secret: r.secret }),
        VersionStages: ['AWSPENDING'],
      }),
    );
    expect((await store.run({ secret: leaked.id }, w.ctx(id))).outcome).toBe('done');
    const versions = (await sm.send(new ListSecretVersionIdsCommand({ SecretId: `${u}/aws` }))).Versions ?? [];
    expect(versions).toHaveLength(2);
    expect(versions.find((v) => v.VersionId === versionKey(id, r.id))!.VersionStages).toEqual(['AWSCURRENT']);
    expect(await value(`${u}/aws`, 'AWSCURRENT')).toEqual({ id: r.id, secret: r.secret });
  });

  it('refuses to replace fields in a binary secret', async () => {
    const u = user();
    const leaked = await createLeakableKey(rig.iam, u);
    await sm.send(new CreateSecretCommand({ Name: `${u}/bin`, SecretBinary: Buffer.from('opaque') }));
    const w = await rig.worker(entry(u, { store: '"aws-secretsmanager"', path: `"${u}/bin"` }));
    const results = await w.runAll(incidentId(), leaked.id);
    expect(results[2]).toMatchObject({ outcome: 'task', detail: expect.stringMatching(/holds a binary secret/) });
    expect((await sm.send(new ListSecretVersionIdsCommand({ SecretId: `${u}/bin` }))).Versions).toHaveLength(1);
  });

  it('refuses to create a secret that does not exist: the replacement is deleted again', async () => {
    const u = user();
    const leaked = await createLeakableKey(rig.iam, u);
    const w = await rig.worker(entry(u, { store: '"aws-secretsmanager"', path: `"${u}/missing"` }));
    const results = await w.runAll(incidentId(), leaked.id);
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done', 'task']);
    expect(results[2]!.detail).toMatch(
      /Secrets Manager refused GetSecretValue on .*\(ResourceNotFoundException\).*deleted again/,
    );
    const keys = (await rig.iam.send(new ListAccessKeysCommand({ UserName: u }))).AccessKeyMetadata ?? [];
    expect(keys.map((k) => k.AccessKeyId)).toEqual([leaked.id]);
  });
});
