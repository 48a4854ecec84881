// AWS Secrets Manager the way its own rotation does it: the new value is put as a version
// staged AWSPENDING, then AWSCURRENT is moved onto it (the old one becomes AWSPREVIOUS).
// The version id is the idempotency key, so a write retried after a crash finds its own version
// instead of making a second one. The secret must exist: leakhound writes versions, never secrets.
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { classifyAwsError, describeFailure } from '../../rules/aws/verify.js';
import {
  type Replacement,
  type SecretWriter,
  type StoreTarget,
  StoreRefused,
  type WriteResult,
} from '../../rules/rotation.js';

type Send = Pick<SecretsManagerClient, 'send'>;

const REFUSED = new Set([
  'ResourceNotFoundException',
  'AccessDeniedException',
  'InvalidRequestException',
  'DecryptionFailure',
]);

async function call<T>(action: string, where: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === 'denied' || f.kind === 'not-found' || REFUSED.has(f.code)) {
      throw new StoreRefused(
        `Secrets Manager refused ${action} on ${where} (${f.code}): check the secret exists and the responder's policy`,
      );
    }
    throw new Error(describeFailure(`secretsmanager:${action} on ${where}`, f));
  }
}

function fieldsOf(s: string | undefined, where: string): Record<string, unknown> {
  if (s === undefined || s === '') return {};
  try {
    const v = JSON.parse(s) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through: not JSON
  }
  throw new StoreRefused(`the current value of ${where} is not a JSON object, so its fields cannot be replaced`);
}

export function secretsManagerWriter(sm: Send, timeoutMs: number): SecretWriter {
  const signal = () => ({ abortSignal: AbortSignal.timeout(timeoutMs) });
  return {
    async write(target: StoreTarget, r: Replacement, versionId: string): Promise<WriteResult> {
      const where = target.path;
      const id = target.path;
      const current = await call('GetSecretValue', where, () =>
        sm.send(new GetSecretValueCommand({ SecretId: id, VersionStage: 'AWSCURRENT' }), signal()),
      );
      if (current.SecretString === undefined && current.SecretBinary !== undefined) {
        throw new StoreRefused(`${where} holds a binary secret, so its fields cannot be replaced`);
      }
      const fields = fieldsOf(current.SecretString, where);
      if (fields[target.fields.id] === r.id) return { version: current.VersionId ?? versionId, already: true };
      // A crash after PutSecretValue leaves our version staged AWSPENDING: reuse it as it is.
      const ours = await call('GetSecretValue', where, async () => {
        try {
          return await sm.send(new GetSecretValueCommand({ SecretId: id, VersionId: versionId }), signal());
        } catch (err) {
          if (classifyAwsError(err).code === 'ResourceNotFoundException') return undefined;
          throw err;
        }
      });
      if (!ours) {
        const value = JSON.stringify({ ...fields, [target.fields.id]: r.id, [target.fields.secret]: r.secret });
        await call('PutSecretValue', where, () =>
          sm.send(
            new PutSecretValueCommand({
              SecretId: id,
              ClientRequestToken: versionId,
              SecretString: value,
              VersionStages: ['AWSPENDING'],
            }),
            signal(),
          ),
        );
      }
      await call('UpdateSecretVersionStage', where, () =>
        sm.send(
          new UpdateSecretVersionStageCommand({
            SecretId: id,
            VersionStage: 'AWSCURRENT',
            MoveToVersionId: versionId,
            ...(current.VersionId ? { RemoveFromVersionId: current.VersionId } : {}),
          }),
          signal(),
        ),
      );
      await call('UpdateSecretVersionStage', where, () =>
        sm.send(
          new UpdateSecretVersionStageCommand({
            SecretId: id,
            VersionStage: 'AWSPENDING',
            RemoveFromVersionId: versionId,
          }),
          signal(),
        ),
      );
      return { version: versionId, already: false };
    },
  };
}
