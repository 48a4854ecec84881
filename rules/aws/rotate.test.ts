// The rotation steps' answers to what the outside says, with injected clients: IAM's eventual
// consistency, a replacement that authenticates as someone else, and the notify hook's statuses.
// (The whole rotation against OpenBao, moto and Redis is in test/responder/rotation-*.test.ts.)
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import type { PostJson, Replacement, RotationState } from '../rotation.js';
import { notify } from './rotate-finish.js';
import { type AwsRotationContext, verify } from './rotate.js';
import type { StsSend } from './verify.js';

const ARN = 'arn:aws:iam::123456789012:user/deploy-bot';
const NEW: Replacement = { id: 'AKIAREPLACEMENT00001', secret: 'replacement-secret-value-0000000000000000' };

function memoryState(fields: Record<string, string> = {}): RotationState & { fields: Record<string, string> } {
  let kept: Replacement | undefined = NEW;
  return {
    fields,
    get: async (f) => fields[f],
    set: async (f) => void Object.assign(fields, f),
    getReplacement: async () => kept,
    putReplacement: async (r) => {
      kept = r;
    },
    deleteReplacement: async () => {
      kept = undefined;
    },
  };
}

const sts = (answer: object | Error): StsSend => ({
  send: (async (cmd: object) => {
    expect(cmd).toBeInstanceOf(GetCallerIdentityCommand);
    if (answer instanceof Error) throw answer;
    return answer;
  }) as never,
});

function ctx(over: Partial<AwsRotationContext>): AwsRotationContext {
  return {
    incidentId: '0'.repeat(32),
    iam: { send: (async () => ({})) as never },
    keyPairSts: () => sts({ Arn: ARN, Account: '123456789012' }),
    state: memoryState({ 'rotation:owner': JSON.stringify({ userName: 'deploy-bot', arn: ARN }) }),
    targetFor: () => ({
      store: 'vault',
      path: 'secret/data/app/aws',
      fields: { id: 'id', secret: 'secret' },
      graceSeconds: 60,
    }),
    writer: () => {
      throw new Error('not used');
    },
    post: async () => 204,
    held: async () => false,
    timeoutMs: 100,
    ...over,
  };
}

const leaked = { secret: 'AKIALEAKEDKEY0000001' };
const invalid = Object.assign(new Error('x'), { name: 'InvalidClientTokenId', $metadata: { httpStatusCode: 403 } });

describe('rotate-verify', () => {
  it('is done when the replacement authenticates as the same user', async () => {
    const state = memoryState({ 'rotation:owner': JSON.stringify({ userName: 'deploy-bot', arn: ARN }) });
    expect(await verify.run(leaked, ctx({ state }))).toMatchObject({
      outcome: 'done',
      detail: expect.stringContaining(ARN),
    });
    expect(state.fields['rotation:verified']).toBeDefined();
  });

  it('asks again while IAM does not know the new key yet', async () => {
    const r = await verify.run(leaked, ctx({ keyPairSts: () => sts(invalid) }));
    expect(r).toEqual({
      outcome: 'retry',
      detail: 'the replacement does not authenticate yet: AWS rejected the key pair (InvalidClientTokenId)',
    });
  });

  it('stops for a person when the replacement is someone else', async () => {
    const r = await verify.run(leaked, ctx({ keyPairSts: () => sts({ Arn: 'arn:aws:iam::123456789012:user/other' }) }));
    expect(r).toMatchObject({ outcome: 'task', detail: expect.stringContaining(`not as ${ARN}`) });
  });
});

describe('rotate-notify', () => {
  const stored = {
    'rotation:owner': JSON.stringify({ userName: 'deploy-bot', arn: ARN }),
    'rotation:stored': JSON.stringify({
      store: 'vault',
      path: 'secret/data/app/aws',
      version: '7',
      replacement: 'AKIA…0001',
    }),
  };
  const withHook = (post: PostJson, state = memoryState({ ...stored })) =>
    ctx({
      state,
      post,
      targetFor: () => ({
        store: 'vault',
        path: 'secret/data/app/aws',
        fields: { id: 'id', secret: 'secret' },
        graceSeconds: 60,
        notify: 'https://ci.example/hooks/redeploy?token=hook-token',
      }),
    });

  it.each([
    [204, 'done', /notified https:\/\/ci\.example \(HTTP 204\)/],
    [503, 'retry', /answered HTTP 503/],
    [429, 'retry', /answered HTTP 429/],
    [404, 'task', /answered HTTP 404 \(not retried\)$/],
  ])('HTTP %i → %s', async (status, outcome, detail) => {
    const r = await notify.run(
      leaked,
      withHook(async () => status),
    );
    expect(r.outcome).toBe(outcome);
    expect(r.detail).toMatch(detail);
    expect(r.detail).not.toContain('hook-token');
  });

  it('asks again when the hook does not answer', async () => {
    const r = await notify.run(
      leaked,
      withHook(async () => {
        throw new Error('ECONNREFUSED');
      }),
    );
    expect(r).toEqual({ outcome: 'retry', detail: 'the notify hook at https://ci.example could not be reached' });
  });

  it('says how long it waited when the hook times out', async () => {
    const r = await notify.run(
      leaked,
      withHook(async () => {
        throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      }),
    );
    expect(r.detail).toMatch(/^the notify hook at https:\/\/ci\.example did not answer within \d+ ms$/);
  });

  it('sends the store, path, version and redacted id, and no secret', async () => {
    let sent: object | undefined;
    await notify.run(
      leaked,
      withHook(async (_url, body) => {
        sent = body;
        return 200;
      }),
    );
    expect(sent).toEqual({
      event: 'leakhound.rotation',
      incident: '0'.repeat(32),
      provider: 'aws',
      store: 'vault',
      path: 'secret/data/app/aws',
      version: '7',
      replacement: 'AKIA…0001',
    });
  });

  it('calls a hook once, however often the step runs', async () => {
    let calls = 0;
    const state = memoryState({ ...stored });
    const post: PostJson = async () => {
      calls++;
      return 204;
    };
    await notify.run(leaked, withHook(post, state));
    await notify.run(leaked, withHook(post, state));
    expect(calls).toBe(1);
  });

  it('is done with nothing to call when the entry has no hook', async () => {
    expect(await notify.run(leaked, ctx({ state: memoryState({ ...stored }) }))).toMatchObject({ outcome: 'done' });
  });
});
