// The AWS provider on the shared model, against moto's server through the real SDK.
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContainment } from '../../scanner/verify/run-containment.js';
import { MOTO_ENV, MOTO_MISSING, motoAvailable, type MotoServer, startMoto } from '../../test/helpers/moto-server.js';
import type { ProviderContext } from '../provider.js';
import type { AwsClients } from './clients.js';
import { aws } from './provider.js';

const available = motoAvailable();
describe.skipIf(!available)(`AWS provider against moto${available ? '' : ` (skipped: ${MOTO_MISSING})`}`, () => {
  let moto: MotoServer;
  let ctx: ProviderContext;
  let iam: IAMClient;
  beforeAll(async () => {
    moto = await startMoto();
    const common = {
      region: MOTO_ENV.AWS_REGION,
      endpoint: moto.url,
      credentials: { accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY },
      maxAttempts: 1,
    };
    iam = new IAMClient(common);
    const clients: AwsClients = {
      iam,
      sts: new STSClient(common),
      keyPairSts: (accessKeyId, secretAccessKey) =>
        new STSClient({ ...common, credentials: { accessKeyId, secretAccessKey } }),
    };
    ctx = { fetch: () => Promise.reject(new Error('no HTTP here')), env: {}, timeoutMs: 10_000, aws: clients };
  }, 40_000);
  afterAll(async () => moto?.stop());

  it('verifies a key pair as live, and an access key id alone as unknown', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'deploy-bot' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'deploy-bot' }));
    const v = await aws.verify!(
      { ruleId: 'aws-access-key-id', secret: AccessKey!.AccessKeyId!, pair: AccessKey!.SecretAccessKey! },
      ctx,
    );
    expect(v.state).toBe('live');
    const alone = await aws.verify!({ ruleId: 'aws-access-key-id', secret: AccessKey!.AccessKeyId! }, ctx);
    expect(alone).toMatchObject({ state: 'unknown' });
    expect(alone.reason).toContain('secret access key');
  });

  it('runs identify, deactivate, quarantine and verify, and ends revoked', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'ci-user' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'ci-user' }));
    const run = await runContainment(aws, { ruleId: 'aws-access-key-id', secret: AccessKey!.AccessKeyId! }, ctx, {
      retries: 0,
      firstPauseMs: 0,
    });
    expect(run.steps.map((s) => [s.title, s.result.outcome])).toEqual(aws.containment.map((s) => [s.title, 'done']));
    expect(run.outcome).toBe('revoked');
    expect(run.steps[1]!.result.detail).toContain('Inactive');
    expect(run.steps.at(-1)!.result.detail).toMatch(/^revocation verified/);
  });
});
