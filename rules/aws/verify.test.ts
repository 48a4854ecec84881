import { GetAccessKeyLastUsedCommand, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { join, rand, UPPER } from '../fixture-kit.js';
import { verifyAccessKey, verifyKeyPair, type IamSend, type StsSend } from './verify.js';

const keyId = join('AKIA', rand(`${UPPER}234567`, 16));
const opts = { timeoutMs: 200 };

/** An SDK-shaped error: name + $metadata.httpStatusCode, and a message that repeats the key. */
function awsError(name: string, status: number): Error {
  return Object.assign(new Error(`The Access Key with id ${keyId} cannot be found`), {
    name,
    $metadata: { httpStatusCode: status },
  });
}

/** A client whose `send` answers per command class; `hang` never answers but honours the abort signal. */
function client(answers: Map<Function, unknown | Error | 'hang'>): IamSend & StsSend {
  return {
    send: ((cmd: object, options?: { abortSignal?: AbortSignal }) => {
      const a = answers.get(cmd.constructor);
      if (a === 'hang') {
        return new Promise((_, reject) => {
          options?.abortSignal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          );
        });
      }
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    }) as never,
  };
}

describe('verifyAccessKey (the responder asks IAM about the key)', () => {
  const owner = { UserName: 'deploy-bot', AccessKeyLastUsed: {} };
  it.each([
    ['an Active key is live', 'Active', 'live'],
    ['an Inactive key is invalid', 'Inactive', 'invalid'],
  ])('%s', async (_, status, expected) => {
    const iam = client(
      new Map<Function, unknown>([
        [GetAccessKeyLastUsedCommand, owner],
        [ListAccessKeysCommand, { AccessKeyMetadata: [{ AccessKeyId: keyId, Status: status }] }],
      ]),
    );
    expect((await verifyAccessKey(iam, keyId, opts)).status).toBe(expected);
  });

  it('calls a key AWS does not know (NoSuchEntity) invalid', async () => {
    const iam = client(new Map<Function, unknown>([[GetAccessKeyLastUsedCommand, awsError('NoSuchEntity', 404)]]));
    expect(await verifyAccessKey(iam, keyId, opts)).toEqual({
      status: 'invalid',
      detail: 'no such access key in this account (deleted)',
    });
  });

  it('answers unknown, with an error, when IAM does not answer in time', async () => {
    const iam = client(new Map<Function, unknown>([[GetAccessKeyLastUsedCommand, 'hang']]));
    expect(await verifyAccessKey(iam, keyId, opts)).toEqual({
      status: 'unknown',
      error: 'iam:GetAccessKeyLastUsed timed out',
    });
  });

  it.each([
    ['an unexpected status', awsError('ServiceFailure', 500), 'iam:ListAccessKeys failed: ServiceFailure (HTTP 500)'],
    ['a missing permission', awsError('AccessDenied', 403), 'iam:ListAccessKeys failed: AccessDenied (HTTP 403)'],
  ])('answers unknown on %s, without repeating the key', async (_, err, message) => {
    const iam = client(
      new Map<Function, unknown>([
        [GetAccessKeyLastUsedCommand, owner],
        [ListAccessKeysCommand, err],
      ]),
    );
    const v = await verifyAccessKey(iam, keyId, opts);
    expect(v).toEqual({ status: 'unknown', error: message });
    expect(JSON.stringify(v)).not.toContain(keyId);
  });
});

describe('verifyKeyPair (the leaked key pair asks STS who it is)', () => {
  it('is live when GetCallerIdentity answers', async () => {
    const sts = client(
      new Map<Function, unknown>([
        [GetCallerIdentityCommand, { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/deploy-bot' }],
      ]),
    );
    expect((await verifyKeyPair(sts, opts)).status).toBe('live');
  });

  it.each([
    ['InvalidClientTokenId', 403],
    ['SignatureDoesNotMatch', 403],
  ])('is invalid when AWS rejects the pair with %s', async (name, status) => {
    const sts = client(new Map<Function, unknown>([[GetCallerIdentityCommand, awsError(name, status)]]));
    expect(await verifyKeyPair(sts, opts)).toEqual({
      status: 'invalid',
      detail: `AWS rejected the key pair (${name})`,
    });
  });

  it.each([
    ['a timeout', 'hang' as const, 'sts:GetCallerIdentity timed out'],
    [
      'an unexpected status',
      awsError('InternalFailure', 500),
      'sts:GetCallerIdentity failed: InternalFailure (HTTP 500)',
    ],
    [
      'a network failure',
      Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error' }),
      'sts:GetCallerIdentity failed: Error',
    ],
  ])('is unknown on %s', async (_, answer, error) => {
    const sts = client(new Map<Function, unknown>([[GetCallerIdentityCommand, answer]]));
    expect(await verifyKeyPair(sts, opts)).toEqual({ status: 'unknown', error });
  });
});
