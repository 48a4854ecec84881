// "Verify revocation worked" tries the leaked key pair itself. moto accepts requests signed with
// an Inactive key (and with any secret), even with its auth enabled, so STS here is the stand-in
// that checks signatures and refuses keys IAM lists as Inactive (it reads their status from
// moto's IAM on every request); IAM is moto. The first test shows why the stand-in is needed.
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContainment } from '../../scanner/verify/run-containment.js';
import { motoKeyStatus } from '../../test/helpers/aws-fixtures.js';
import { MOTO_ENV, MOTO_MISSING, motoAvailable, type MotoServer, startMoto } from '../../test/helpers/moto-server.js';
import { startStsStandIn, type StsStandIn } from '../../test/helpers/sts-standin.js';
import type { ProviderContext } from '../provider.js';
import type { AwsClients } from './clients.js';
import { aws } from './provider.js';
import { verifyRevoked } from './verify-revoked.js';

const available = motoAvailable();
const opts = { timeoutMs: 5000 };

describe.skipIf(!available)(
  `verify revocation with the leaked key${available ? '' : ` (skipped: ${MOTO_MISSING})`}`,
  () => {
    let moto: MotoServer;
    let sts: StsStandIn;
    let iam: IAMClient;
    let n = 0;
    const common = (endpoint: string) => ({
      region: MOTO_ENV.AWS_REGION,
      endpoint,
      credentials: { accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY },
      maxAttempts: 1,
    });
    const clients = (stsUrl: string): AwsClients => ({
      iam,
      sts: new STSClient(common(stsUrl)),
      keyPairSts: (accessKeyId, secretAccessKey) =>
        new STSClient({ ...common(stsUrl), credentials: { accessKeyId, secretAccessKey } }),
    });

    beforeAll(async () => {
      moto = await startMoto();
      iam = new IAMClient(common(moto.url));
      sts = await startStsStandIn({ statusFrom: motoKeyStatus(iam), forwardTo: moto.url });
    }, 40_000);
    afterAll(async () => {
      await sts?.close();
      await moto?.stop();
    });

    /** A real key in moto whose secret the STS stand-in knows; optionally already deactivated. */
    async function key(deactivate: boolean): Promise<{ user: string; id: string; secret: string }> {
      const user = `user-${++n}`;
      await iam.send(new CreateUserCommand({ UserName: user }));
      const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: user }));
      const k = { user, id: AccessKey!.AccessKeyId!, secret: AccessKey!.SecretAccessKey! };
      sts.keys.set(k.id, { secret: k.secret, account: '123456789012', userName: user });
      if (deactivate)
        await iam.send(new UpdateAccessKeyCommand({ UserName: user, AccessKeyId: k.id, Status: 'Inactive' }));
      return k;
    }
    const cred = (k: { id: string; secret: string }, pair: string | null = k.secret) => ({
      ruleId: 'aws-access-key-id',
      secret: k.id,
      ...(pair ? { pair } : {}),
    });

    it('is verified only when AWS refuses the leaked pair itself (moto alone would not refuse it)', async () => {
      const k = await key(true);
      expect(await verifyRevoked(cred(k), clients(moto.url), opts)).toMatchObject({
        outcome: 'retry',
        detail: expect.stringMatching(/^the leaked key pair still authenticates/),
      });
      expect(await verifyRevoked(cred(k), clients(sts.url), opts)).toEqual({
        outcome: 'done',
        detail: 'revocation verified: AWS refuses the leaked key pair itself (InvalidClientTokenId)',
      });
      expect(sts.requests.at(-1)).toMatchObject({
        action: 'GetCallerIdentity',
        keyId: k.id,
        error: 'InvalidClientTokenId',
      });
    });

    it('is not verified while STS still accepts a key IAM lists as Inactive; it is once STS catches up', async () => {
      const k = await key(true);
      sts.pin(k.id, 'Active'); // IAM's change has not reached STS yet
      const r = await verifyRevoked(cred(k), clients(sts.url), opts);
      expect(r).toMatchObject({
        outcome: 'retry',
        detail: expect.stringContaining(`still authenticates as arn:aws:iam::123456789012:user/${k.user}`),
      });
      expect(r.detail).not.toContain(k.secret);
      sts.pin(k.id, undefined);
      expect((await verifyRevoked(cred(k), clients(sts.url), opts)).outcome).toBe('done');
    });

    it('stays unconfirmed after bounded retries when the leaked key keeps working (CLI revoke)', async () => {
      const k = await key(false);
      sts.pin(k.id, 'Active');
      const before = sts.requests.length;
      const ctx: ProviderContext = {
        fetch: () => Promise.reject(new Error('no HTTP')),
        env: {},
        timeoutMs: 5000,
        aws: clients(sts.url),
      };
      const run = await runContainment(aws, cred(k), ctx, { retries: 2, firstPauseMs: 1 });
      sts.pin(k.id, undefined);
      expect(run.outcome).toBe('unconfirmed');
      expect(run.steps.at(-1)!.result).toMatchObject({
        outcome: 'retry',
        detail: expect.stringMatching(/still authenticates/),
      });
      // The deactivation itself happened; only the proof is missing.
      expect(await motoKeyStatus(iam)(k.id)).toBe('Inactive');
      const tries = sts.requests.slice(before).filter((q) => q.action === 'GetCallerIdentity' && q.keyId === k.id);
      expect(tries.length).toBeGreaterThanOrEqual(3);
    });

    it("falls back to the IAM status, and says so, without the secret or with a secret that is not the key's", async () => {
      const k = await key(true);
      expect(await verifyRevoked(cred(k, null), clients(sts.url), opts)).toMatchObject({
        outcome: 'done',
        detail: expect.stringMatching(
          /^revocation verified by IAM status only \(the secret access key was not found.*Inactive/,
        ),
      });
      // A secret that is not the key's: an Inactive key is refused whatever the signature (as AWS
      // does); while STS still accepts the key, the signature mismatch proves nothing and IAM decides.
      const wrong = `${k.secret.slice(0, -4)}AAAA`;
      expect(await verifyRevoked(cred(k, wrong), clients(sts.url), opts)).toMatchObject({
        outcome: 'done',
        detail: expect.stringContaining('(InvalidClientTokenId)'),
      });
      sts.pin(k.id, 'Active');
      expect(await verifyRevoked(cred(k, wrong), clients(sts.url), opts)).toMatchObject({
        outcome: 'done',
        detail: expect.stringMatching(
          /^revocation verified by IAM status only \(the secret found beside the key id is not its secret/,
        ),
      });
      sts.pin(k.id, undefined);
      const live = await key(false);
      expect((await verifyRevoked(cred(live, null), clients(sts.url), opts)).outcome).toBe('retry');
    });
  },
);
