// The AWS SDK clients the containment steps use, built once per worker from the service
// configuration. `AWS_ENDPOINT_URL` points them at another endpoint (moto in tests), and
// `AWS_ENDPOINT_URL_STS` the STS clients alone (the STS stand-in that checks signatures).
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { IamSend, StsSend } from '../../rules/aws/verify.js';
import type { ResponderConfig } from '../config.js';

export interface AwsClients {
  /** The responder's own identity. */
  iam: IamSend;
  sts: StsSend;
  /** An STS client that signs with a leaked key pair, to ask AWS whether it still works. */
  keyPairSts(accessKeyId: string, secretAccessKey: string): StsSend;
  destroy(): void;
}

export function awsClients(config: ResponderConfig['aws']): AwsClients {
  // Retries belong to the job queue, which backs off and survives a restart.
  const common = { region: config.region, maxAttempts: 1, ...(config.endpoint ? { endpoint: config.endpoint } : {}) };
  const stsCommon = { ...common, ...(config.stsEndpoint ? { endpoint: config.stsEndpoint } : {}) };
  const iam = new IAMClient(common);
  const sts = new STSClient(stsCommon);
  return {
    iam,
    sts,
    keyPairSts: (accessKeyId, secretAccessKey) =>
      new STSClient({ ...stsCommon, credentials: { accessKeyId, secretAccessKey } }),
    destroy: () => {
      iam.destroy();
      sts.destroy();
    },
  };
}
