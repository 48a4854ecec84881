// verifyKeyPair with the real STS client against the STS stand-in, which checks SigV4
// signatures with each key's secret (moto accepts any secret, so it cannot show these answers).
import { STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, rand } from '../fixture-kit.js';
import { awsKeyId } from '../../test/helpers/git-secrets.js';
import { startStsStandIn, type StsStandIn } from '../../test/helpers/sts-standin.js';
import { verifyKeyPair } from './verify.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const secret = (): string => join(rand(B64, 20), rand(B64, 20));

describe('verifyKeyPair against an STS that checks secrets', () => {
  let sts: StsStandIn;
  const id = awsKeyId();
  const right = secret();
  beforeAll(async () => {
    sts = await startStsStandIn();
    sts.keys.set(id, { secret: right, account: '123456789012', userName: 'deploy-bot' });
  });
  afterAll(() => sts?.close());

  const ask = (keyId: string, s: string) =>
    verifyKeyPair(
      new STSClient({
        endpoint: sts.url,
        region: 'us-east-1',
        maxAttempts: 1,
        credentials: { accessKeyId: keyId, secretAccessKey: s },
      }),
      { timeoutMs: 5000 },
    );

  it('is live with the right secret, naming the identity', async () => {
    expect(await ask(id, right)).toEqual({
      status: 'live',
      detail: 'the key pair authenticates as arn:aws:iam::123456789012:user/deploy-bot in account 123456789012',
    });
  });

  it('is invalid with a wrong secret (SignatureDoesNotMatch), without echoing the key', async () => {
    const v = await ask(id, secret());
    expect(v).toEqual({ status: 'invalid', detail: 'AWS rejected the key pair (SignatureDoesNotMatch)' });
    expect(sts.requests.at(-1)).toMatchObject({ action: 'GetCallerIdentity', error: 'SignatureDoesNotMatch' });
  });

  it('is invalid for an unknown key id and for an Inactive key (InvalidClientTokenId)', async () => {
    expect(await ask(awsKeyId(), right)).toEqual({
      status: 'invalid',
      detail: 'AWS rejected the key pair (InvalidClientTokenId)',
    });
    sts.pin(id, 'Inactive');
    try {
      expect(await ask(id, right)).toEqual({
        status: 'invalid',
        detail: 'AWS rejected the key pair (InvalidClientTokenId)',
      });
    } finally {
      sts.pin(id, undefined);
    }
    expect((await ask(id, right)).status).toBe('live');
  });
});
