import { AttachUserPolicyCommand, GetAccessKeyLastUsedCommand, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { GetAccessKeyInfoCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { join, rand, UPPER } from '../fixture-kit.js';
import { attachQuarantine, AwsStepError, deactivateKey, findKeyOwner } from './revoke.js';
import type { IamSend } from './verify.js';

const keyId = join('AKIA', rand(`${UPPER}234567`, 16));
const opts = { timeoutMs: 200 };
const POLICY = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3';

function awsError(name: string, status: number): Error {
  return Object.assign(new Error(`key ${keyId}: ${name}`), { name, $metadata: { httpStatusCode: status } });
}

function client(answers: Map<Function, unknown>, sent: object[] = []): IamSend & { sent: object[] } {
  return {
    sent,
    send: ((cmd: object, o?: { abortSignal?: AbortSignal }) => {
      sent.push(cmd);
      const a = answers.get(cmd.constructor);
      if (a === 'hang')
        return new Promise((_, rej) =>
          o?.abortSignal?.addEventListener('abort', () => rej(Object.assign(new Error('x'), { name: 'AbortError' }))),
        );
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    }) as never,
  };
}

const self = { Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/leakhound' };

describe('findKeyOwner', () => {
  it('names the IAM user and account that own the key', async () => {
    const sts = client(
      new Map<Function, unknown>([
        [GetAccessKeyInfoCommand, { Account: '111111111111' }],
        [GetCallerIdentityCommand, self],
      ]),
    );
    const iam = client(
      new Map<Function, unknown>([[GetAccessKeyLastUsedCommand, { UserName: 'deploy-bot', AccessKeyLastUsed: {} }]]),
    );
    const r = await findKeyOwner(iam, sts, keyId, opts);
    expect(r).toMatchObject({ outcome: 'done', owner: { account: '111111111111', userName: 'deploy-bot' } });
  });

  it('makes a key in another account a task for a person', async () => {
    const sts = client(
      new Map<Function, unknown>([
        [GetAccessKeyInfoCommand, { Account: '222222222222' }],
        [GetCallerIdentityCommand, self],
      ]),
    );
    const r = await findKeyOwner(client(new Map()), sts, keyId, opts);
    expect(r.outcome).toBe('task');
    expect(r.outcome === 'task' && r.task).toMatch(/belongs to AWS account 222222222222/);
  });

  it('makes a missing permission a task for a person', async () => {
    const sts = client(
      new Map<Function, unknown>([
        [GetAccessKeyInfoCommand, { Account: '111111111111' }],
        [GetCallerIdentityCommand, self],
      ]),
    );
    const iam = client(new Map<Function, unknown>([[GetAccessKeyLastUsedCommand, awsError('AccessDenied', 403)]]));
    const r = await findKeyOwner(iam, sts, keyId, opts);
    expect(r).toEqual({ outcome: 'task', task: expect.stringMatching(/iam:GetAccessKeyLastUsed \(AccessDenied\)/) });
  });

  it('reports a key that no longer exists as done, with no user', async () => {
    const sts = client(
      new Map<Function, unknown>([
        [GetAccessKeyInfoCommand, { Account: '111111111111' }],
        [GetCallerIdentityCommand, self],
      ]),
    );
    const iam = client(new Map<Function, unknown>([[GetAccessKeyLastUsedCommand, awsError('NoSuchEntity', 404)]]));
    expect(await findKeyOwner(iam, sts, keyId, opts)).toMatchObject({
      outcome: 'done',
      owner: { account: '111111111111' },
    });
  });

  it('throws a retryable error on a timeout, without the key in the message', async () => {
    const sts = client(new Map<Function, unknown>([[GetAccessKeyInfoCommand, 'hang']]));
    const err = await findKeyOwner(client(new Map()), sts, keyId, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsStepError);
    expect((err as Error).message).toBe('sts:GetAccessKeyInfo timed out');
  });
});

describe('deactivateKey', () => {
  it('sets the key Inactive', async () => {
    const iam = client(new Map<Function, unknown>([[UpdateAccessKeyCommand, {}]]));
    expect((await deactivateKey(iam, 'deploy-bot', keyId, opts)).outcome).toBe('done');
    expect((iam.sent[0] as UpdateAccessKeyCommand).input).toEqual({
      UserName: 'deploy-bot',
      AccessKeyId: keyId,
      Status: 'Inactive',
    });
  });

  it.each([
    ['a missing permission is a task', awsError('AccessDenied', 403), 'task'],
    ['a key that is already gone is done', awsError('NoSuchEntity', 404), 'done'],
  ])('%s', async (_, err, outcome) => {
    expect(
      (await deactivateKey(client(new Map<Function, unknown>([[UpdateAccessKeyCommand, err]])), 'u', keyId, opts))
        .outcome,
    ).toBe(outcome);
  });

  it.each([
    ['an unexpected status', awsError('ServiceFailure', 500), 'iam:UpdateAccessKey failed: ServiceFailure (HTTP 500)'],
    ['a timeout', 'hang', 'iam:UpdateAccessKey timed out'],
  ])('throws a retryable error on %s', async (_, answer, message) => {
    const err = await deactivateKey(
      client(new Map<Function, unknown>([[UpdateAccessKeyCommand, answer]])),
      'u',
      keyId,
      opts,
    ).catch((e: Error) => e);
    expect(err).toBeInstanceOf(AwsStepError);
    expect((err as Error).message).toBe(message);
  });
});

describe('attachQuarantine', () => {
  it('attaches the policy to the owner', async () => {
    const iam = client(new Map<Function, unknown>([[AttachUserPolicyCommand, {}]]));
    expect((await attachQuarantine(iam, 'deploy-bot', POLICY, opts)).outcome).toBe('done');
    expect((iam.sent[0] as AttachUserPolicyCommand).input).toEqual({ UserName: 'deploy-bot', PolicyArn: POLICY });
  });

  it.each([
    ['AccessDenied', 403, /iam:AttachUserPolicy \(AccessDenied\)/],
    ['NoSuchEntity', 404, /does not know/],
    ['LimitExceeded', 409, /maximum number of managed policies/],
  ])('makes %s a task for a person', async (name, status, task) => {
    const r = await attachQuarantine(
      client(new Map<Function, unknown>([[AttachUserPolicyCommand, awsError(name, status)]])),
      'u',
      POLICY,
      opts,
    );
    expect(r).toEqual({ outcome: 'task', task: expect.stringMatching(task) });
  });
});
