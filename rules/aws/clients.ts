// The AWS SDK clients the AWS provider uses, built lazily (the SDK is large and only verify or
// revoke of an AWS key needs it). LEAKHOUND_AWS_API_URL points every client at another endpoint
// (moto in tests); otherwise the SDK's own resolution applies (AWS_ENDPOINT_URL, the region).
import type { ProviderContext } from '../provider.js';
import { apiBase } from '../provider-http.js';
import type { IamSend, StsSend } from './verify.js';

export interface AwsClients {
  /** The caller's own identity (the responder, or the person running `leakhound revoke`). */
  iam: IamSend;
  sts: StsSend;
  /** An STS client that signs with a leaked key pair. */
  keyPairSts(accessKeyId: string, secretAccessKey: string): StsSend;
}

export async function defaultAwsClients(ctx: Pick<ProviderContext, 'env'>): Promise<AwsClients> {
  const [{ IAMClient }, { STSClient }] = await Promise.all([
    import('@aws-sdk/client-iam'),
    import('@aws-sdk/client-sts'),
  ]);
  const endpoint = ctx.env.LEAKHOUND_AWS_API_URL ? apiBase({ id: 'aws', apiUrl: '' }, ctx) : undefined;
  const common = {
    region: ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    maxAttempts: 1,
    ...(endpoint ? { endpoint } : {}),
  };
  return {
    iam: new IAMClient(common),
    sts: new STSClient(common),
    keyPairSts: (accessKeyId, secretAccessKey) =>
      new STSClient({ ...common, credentials: { accessKeyId, secretAccessKey } }),
  };
}
