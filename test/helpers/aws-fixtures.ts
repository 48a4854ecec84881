// Real IAM users and access keys, created in moto with the AWS SDK, for responder tests.
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetAccessKeyLastUsedCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
} from '@aws-sdk/client-iam';
import { MOTO_ENV } from './moto-server.js';

export function motoIam(endpoint: string): IAMClient {
  return new IAMClient({
    endpoint,
    region: MOTO_ENV.AWS_REGION,
    credentials: { accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY },
  });
}

export async function createLeakableKey(iam: IAMClient, userName: string): Promise<{ id: string; secret: string }> {
  await iam.send(new CreateUserCommand({ UserName: userName }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return { id: AccessKey!.AccessKeyId!, secret: AccessKey!.SecretAccessKey! };
}

export async function keyState(
  iam: IAMClient,
  userName: string,
  id: string,
): Promise<{ status?: string; policies: string[] }> {
  const keys = await iam.send(new ListAccessKeysCommand({ UserName: userName }));
  const policies = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: userName }));
  return {
    status: keys.AccessKeyMetadata?.find((k) => k.AccessKeyId === id)?.Status,
    policies: (policies.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? ''),
  };
}

/** A key's status as moto's IAM reports it (owner by GetAccessKeyLastUsed, then ListAccessKeys); undefined when IAM does not know it. */
export function motoKeyStatus(iam: IAMClient): (accessKeyId: string) => Promise<'Active' | 'Inactive' | undefined> {
  return async (accessKeyId) => {
    try {
      const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }));
      if (!used.UserName) return undefined;
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: used.UserName }));
      const status = keys.AccessKeyMetadata?.find((k) => k.AccessKeyId === accessKeyId)?.Status;
      return status === 'Active' || status === 'Inactive' ? status : undefined;
    } catch {
      return undefined;
    }
  };
}
