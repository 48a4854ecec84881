// What the Vault rotation tests look at: a user's access keys in moto, the KV v2 secret in
// OpenBao, whether a key pair authenticates, and a user whose leaked key is already in Vault.
import { ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createLeakableKey } from './aws-fixtures.js';
import type { Rig } from './rotation-rig.js';

export function vaultChecks(rig: Rig) {
  return {
    keysOf: async (u: string) =>
      ((await rig.iam.send(new ListAccessKeysCommand({ UserName: u }))).AccessKeyMetadata ?? []).map((k) => ({
        id: k.AccessKeyId!,
        status: k.Status,
      })),
    kv: async (u: string) => (await rig.bao.api('GET', `secret/data/${u}/aws`)).body?.data,
    authenticatesAs: async (id: string, secret: string) =>
      (
        await new STSClient({
          endpoint: rig.motoUrl,
          region: 'us-east-1',
          credentials: { accessKeyId: id, secretAccessKey: secret },
        }).send(new GetCallerIdentityCommand({}))
      ).Arn,
    async seeded(u: string) {
      const leaked = await createLeakableKey(rig.iam, u);
      await rig.bao.api('POST', `secret/data/${u}/aws`, {
        data: { access_key_id: leaked.id, secret_access_key: leaked.secret, region: 'eu-west-1' },
      });
      return leaked;
    },
  };
}
