// The IAM calls rotation makes, each classified the way containment classifies them: a missing
// permission is a task for a person, a transient failure an AwsStepError to retry. Keys we create
// are marked with a user tag whose key is the access key id (as the IAM console stores a key's
// description), valued `leakhound:<incident id>`: the only proof we have that a key is ours.
import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListUserTagsCommand,
  TagUserCommand,
  UntagUserCommand,
} from '@aws-sdk/client-iam';
import { AwsStepError } from './revoke.js';
import { type CallOptions, classifyAwsError, type IamSend, withTimeout } from './verify.js';

export class AwsDenied extends Error {
  override name = 'AwsDenied';
  constructor(readonly action: string) {
    super(`leakhound may not call ${action} (AccessDenied): add it to the responder's IAM policy, or rotate by hand`);
  }
}

async function iamCall<T>(action: string, run: () => Promise<T>, notFound?: () => T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'denied') throw new AwsDenied(action);
    if (f.kind === 'not-found' && notFound) return notFound();
    throw new AwsStepError(action, f);
  }
}

export const markerValue = (incidentId: string): string => `leakhound:${incidentId}`;

export interface Owner {
  userName: string;
  arn: string;
}

/** The IAM user that owns the key, or undefined when the key no longer exists. */
export async function keyOwner(iam: IamSend, accessKeyId: string, opts: CallOptions): Promise<Owner | undefined> {
  const used = await iamCall(
    'iam:GetAccessKeyLastUsed',
    () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), withTimeout(opts)),
    () => undefined,
  );
  if (!used?.UserName) return undefined;
  const user = await iamCall('iam:GetUser', () =>
    iam.send(new GetUserCommand({ UserName: used.UserName }), withTimeout(opts)),
  );
  if (!user.User?.Arn) throw new AwsStepError('iam:GetUser', { kind: 'status', code: 'NoArn' });
  return { userName: used.UserName, arn: user.User.Arn };
}

export async function listKeys(
  iam: IamSend,
  userName: string,
  opts: CallOptions,
): Promise<{ id: string; status: string }[]> {
  const out = await iamCall('iam:ListAccessKeys', () =>
    iam.send(new ListAccessKeysCommand({ UserName: userName }), withTimeout(opts)),
  );
  return (out.AccessKeyMetadata ?? []).map((k) => ({ id: k.AccessKeyId ?? '', status: String(k.Status) }));
}

/** Access key ids this incident created, by their marker tag. */
export async function ourKeys(
  iam: IamSend,
  userName: string,
  incidentId: string,
  opts: CallOptions,
): Promise<string[]> {
  const out = await iamCall('iam:ListUserTags', () =>
    iam.send(new ListUserTagsCommand({ UserName: userName }), withTimeout(opts)),
  );
  return (out.Tags ?? []).filter((t) => t.Value === markerValue(incidentId)).map((t) => t.Key ?? '');
}

export async function createKey(
  iam: IamSend,
  userName: string,
  opts: CallOptions,
): Promise<{ id: string; secret: string } | 'limit'> {
  try {
    const out = await iam.send(new CreateAccessKeyCommand({ UserName: userName }), withTimeout(opts));
    const k = out.AccessKey;
    if (!k?.AccessKeyId || !k.SecretAccessKey)
      throw new AwsStepError('iam:CreateAccessKey', { kind: 'status', code: 'NoKey' });
    return { id: k.AccessKeyId, secret: k.SecretAccessKey };
  } catch (err) {
    if (err instanceof AwsStepError) throw err;
    const f = classifyAwsError(err);
    if (f.kind === 'denied') throw new AwsDenied('iam:CreateAccessKey');
    if (f.code === 'LimitExceeded' || f.code === 'LimitExceededException') return 'limit';
    throw new AwsStepError('iam:CreateAccessKey', f);
  }
}

export async function markOurs(iam: IamSend, userName: string, keyId: string, incidentId: string, opts: CallOptions) {
  await iamCall('iam:TagUser', () =>
    iam.send(
      new TagUserCommand({ UserName: userName, Tags: [{ Key: keyId, Value: markerValue(incidentId) }] }),
      withTimeout(opts),
    ),
  );
}

export async function unmark(iam: IamSend, userName: string, keyId: string, opts: CallOptions) {
  await iamCall(
    'iam:UntagUser',
    () => iam.send(new UntagUserCommand({ UserName: userName, TagKeys: [keyId] }), withTimeout(opts)),
    () => undefined,
  );
}

/** Deleting a key that is already gone is done too. */
export async function deleteKey(iam: IamSend, userName: string, keyId: string, opts: CallOptions) {
  await iamCall(
    'iam:DeleteAccessKey',
    () => iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: keyId }), withTimeout(opts)),
    () => undefined,
  );
}
