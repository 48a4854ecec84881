// Containing a leaked AWS access key, one call per function so that each is one job:
// find the owner, deactivate the key, quarantine the owner. Each answers `done` with what it
// did, or `task` when a person has to act (another account, a missing permission); transient
// failures throw an AwsStepError so that the job is retried.
import { AttachUserPolicyCommand, GetAccessKeyLastUsedCommand, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { GetAccessKeyInfoCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import {
  classifyAwsError,
  describeFailure,
  withTimeout,
  type AwsFailure,
  type CallOptions,
  type IamSend,
  type StsSend,
} from './verify.js';

export type StepResult<T = object> = ({ outcome: 'done'; detail: string } & T) | { outcome: 'task'; task: string };

/** A transient failure: retry. The message names the call and AWS's error code, never the key. */
export class AwsStepError extends Error {
  override name = 'AwsStepError';
  constructor(
    readonly action: string,
    readonly failure: AwsFailure,
  ) {
    super(describeFailure(action, failure));
  }
}

export interface KeyOwner {
  account: string;
  /** Absent when the key no longer exists. */
  userName?: string;
  lastUsed?: string;
}

function deniedTask(action: string): string {
  return `leakhound may not call ${action} (AccessDenied): add it to the responder's IAM policy, or do this step by hand`;
}

/** Which account and which IAM user own the key. */
export async function findKeyOwner(
  iam: IamSend,
  sts: StsSend,
  accessKeyId: string,
  opts: CallOptions,
): Promise<StepResult<{ owner: KeyOwner }>> {
  const call = async <T>(run: () => Promise<T>): Promise<T | AwsFailure> => {
    try {
      return await run();
    } catch (err) {
      return classifyAwsError(err);
    }
  };
  const isFailure = (v: unknown): v is AwsFailure => typeof v === 'object' && v !== null && 'kind' in v && 'code' in v;

  const info = await call(() => sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: accessKeyId }), withTimeout(opts)));
  if (isFailure(info)) {
    if (info.kind === 'denied') return { outcome: 'task', task: deniedTask('sts:GetAccessKeyInfo') };
    throw new AwsStepError('sts:GetAccessKeyInfo', info);
  }
  const self = await call(() => sts.send(new GetCallerIdentityCommand({}), withTimeout(opts)));
  if (isFailure(self)) throw new AwsStepError('sts:GetCallerIdentity', self);
  const account = info.Account ?? 'unknown';
  if (account !== self.Account) {
    return {
      outcome: 'task',
      task: `the key belongs to AWS account ${account}, not to ${self.Account ?? 'this one'} where leakhound runs: deactivate it in that account (IAM → Users → Security credentials)`,
    };
  }
  const used = await call(() =>
    iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), withTimeout(opts)),
  );
  if (isFailure(used)) {
    if (used.kind === 'denied') return { outcome: 'task', task: deniedTask('iam:GetAccessKeyLastUsed') };
    if (used.kind === 'not-found') {
      return { outcome: 'done', detail: `the key no longer exists in account ${account}`, owner: { account } };
    }
    throw new AwsStepError('iam:GetAccessKeyLastUsed', used);
  }
  const last = used.AccessKeyLastUsed;
  const lastUsed = last?.LastUsedDate
    ? `${last.LastUsedDate.toISOString()} (${last.ServiceName ?? '?'} in ${last.Region ?? '?'})`
    : undefined;
  return {
    outcome: 'done',
    detail: `owned by IAM user ${used.UserName ?? '?'} in account ${account}; last used ${lastUsed ?? 'never (or not recorded)'}`,
    owner: { account, userName: used.UserName, lastUsed },
  };
}

/** UpdateAccessKey → Inactive. Repeating it is harmless, so a retried job may call it again. */
export async function deactivateKey(
  iam: IamSend,
  userName: string,
  accessKeyId: string,
  opts: CallOptions,
): Promise<StepResult> {
  try {
    await iam.send(
      new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: 'Inactive' }),
      withTimeout(opts),
    );
    return { outcome: 'done', detail: `key set to Inactive for IAM user ${userName}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'denied') return { outcome: 'task', task: deniedTask('iam:UpdateAccessKey') };
    if (f.kind === 'not-found') return { outcome: 'done', detail: `the key or user ${userName} no longer exists` };
    throw new AwsStepError('iam:UpdateAccessKey', f);
  }
}

/** Attaches the AWS-managed quarantine policy, which denies the actions an attacker would use. */
export async function attachQuarantine(
  iam: IamSend,
  userName: string,
  policyArn: string,
  opts: CallOptions,
): Promise<StepResult> {
  try {
    await iam.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn }), withTimeout(opts));
    return { outcome: 'done', detail: `attached ${policyArn} to IAM user ${userName}` };
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'denied') return { outcome: 'task', task: deniedTask('iam:AttachUserPolicy') };
    if (f.kind === 'not-found') {
      return {
        outcome: 'task',
        task: `AWS does not know ${policyArn} or the user ${userName}: check LEAKHOUND_AWS_QUARANTINE_POLICY_ARN and attach a deny-all policy by hand`,
      };
    }
    if (f.code === 'LimitExceeded' || f.code === 'LimitExceededException') {
      return {
        outcome: 'task',
        task: `IAM user ${userName} already has the maximum number of managed policies: detach one, then attach ${policyArn}`,
      };
    }
    throw new AwsStepError('iam:AttachUserPolicy', f);
  }
}
