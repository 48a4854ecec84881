// "Verify revocation worked" tries the leaked credential itself: sts:GetCallerIdentity signed with
// the leaked pair must be refused (InvalidClientTokenId for an Inactive or deleted key, or
// AccessDenied). Reading the key's status in IAM is not enough: IAM is eventually consistent, so
// STS may accept a key for a while after IAM lists it Inactive. Until AWS refuses the key the
// step answers `retry`, and the job queue tries again with backoff, a bounded number of times;
// after that a person gets the step as a task. Never "verified" while the key still works.
// Only without the secret access key (a key id alone) does the IAM status decide, and the step
// says so.
import type { Credential, StepResult } from '../provider.js';
import type { AwsClients } from './clients.js';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { type CallOptions, classifyAwsError, describeFailure, verifyAccessKey, withTimeout } from './verify.js';

/** Codes by which AWS refuses a key that no longer works. */
const REFUSED = new Set(['InvalidClientTokenId', 'AccessDenied']);

export async function verifyRevoked(c: Credential, aws: AwsClients, opts: CallOptions): Promise<StepResult> {
  if (c.pair) {
    try {
      const who = await aws.keyPairSts(c.secret, c.pair).send(new GetCallerIdentityCommand({}), withTimeout(opts));
      return {
        outcome: 'retry',
        detail: `the leaked key pair still authenticates as ${who.Arn ?? 'an identity'} (IAM changes take a while to reach every AWS endpoint; trying again)`,
      };
    } catch (err) {
      const f = classifyAwsError(err);
      if (REFUSED.has(f.code)) {
        return { outcome: 'done', detail: `revocation verified: AWS refuses the leaked key pair itself (${f.code})` };
      }
      // A signature mismatch says the secret found beside the key id is not its secret: the
      // try proves nothing about the key, so IAM's answer is all there is.
      if (f.code !== 'SignatureDoesNotMatch') {
        return { outcome: 'retry', detail: describeFailure('sts:GetCallerIdentity with the leaked key pair', f) };
      }
      return byStatus(
        c,
        aws,
        opts,
        'the secret found beside the key id is not its secret, so the key itself could not be tried',
      );
    }
  }
  return byStatus(
    c,
    aws,
    opts,
    'the secret access key was not found beside the key id, so the key itself could not be tried',
  );
}

async function byStatus(c: Credential, aws: AwsClients, opts: CallOptions, why: string): Promise<StepResult> {
  const v = await verifyAccessKey(aws.iam, c.secret, opts);
  if (v.status === 'invalid')
    return { outcome: 'done', detail: `revocation verified by IAM status only (${why}): ${v.detail}` };
  return { outcome: 'retry', detail: v.status === 'live' ? `the key still works: ${v.detail}` : v.error };
}
