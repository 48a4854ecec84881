// AWS access keys on the shared provider model. Verification signs sts:GetCallerIdentity with
// the leaked pair (it needs the secret access key found beside the key id); containment uses the
// caller's own IAM identity: find the owner, deactivate the key, attach the quarantine policy,
// and confirm that AWS refuses the leaked pair itself (verify-revoked.ts). Each step finds the
// owner again, so each stands alone.
// Docs: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html,
//       https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html,
//       https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV3.html
//
// The SDK-using modules (verify.js, revoke.js) load on first use: the registry is imported by
// `leakhound providers`, `verify` and every scan with --verify, which must not pay for the AWS
// SDK unless an AWS key is actually checked (test/cli/lazy-sdk.test.ts).
import type { Credential, Provider, ProviderContext, StepResult, Verification } from '../provider.js';
import { ProviderConfigError } from '../provider-http.js';
import { type AwsClients, defaultAwsClients } from './clients.js';

const revokeModule = () => import('./revoke.js');
const verifyModule = () => import('./verify.js');
const verifyRevokedModule = () => import('./verify-revoked.js');

export const DEFAULT_QUARANTINE_POLICY = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3';

/** The responder keeps its own AWS deadline (LEAKHOUND_AWS_TIMEOUT_MS). */
function awsTimeout(ctx: ProviderContext): number {
  return Number(ctx.options?.['aws.timeoutMs'] ?? ctx.timeoutMs);
}

async function clients(ctx: ProviderContext): Promise<AwsClients> {
  return ctx.aws ?? defaultAwsClients(ctx);
}

async function verify(c: Credential, ctx: ProviderContext): Promise<Verification> {
  if (!c.pair) {
    return {
      state: 'unknown',
      reason: 'an access key id alone cannot be tested: the secret access key must be found beside it',
    };
  }
  let aws: AwsClients;
  try {
    aws = await clients(ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: 'unknown', reason: err.message };
    throw err;
  }
  await ctx.throttle?.('aws');
  const { verifyKeyPair } = await verifyModule();
  const v = await verifyKeyPair(aws.keyPairSts(c.secret, c.pair), { timeoutMs: awsTimeout(ctx) });
  return v.status === 'unknown' ? { state: 'unknown', reason: v.error } : { state: v.status, reason: v.detail };
}

/** Runs an AWS step, turning its task/throw conventions into StepResult. */
async function step(
  run: () => Promise<{ outcome: 'done'; detail: string } | { outcome: 'task'; task: string }>,
): Promise<StepResult> {
  try {
    const r = await run();
    return r.outcome === 'done' ? r : { outcome: 'task', detail: r.task };
  } catch (err) {
    const { AwsStepError } = await revokeModule();
    if (err instanceof AwsStepError) return { outcome: 'retry', detail: err.message };
    throw err;
  }
}

async function owner(c: Credential, ctx: ProviderContext, aws: AwsClients) {
  const { findKeyOwner } = await revokeModule();
  return findKeyOwner(aws.iam, aws.sts, c.secret, { timeoutMs: awsTimeout(ctx) });
}

export const aws: Provider = {
  id: 'aws',
  name: 'AWS',
  rules: ['aws-access-key-id'],
  pairRules: ['aws-secret-access-key'],
  githubSecretTypes: ['aws_access_key_id'],
  apiUrl: 'https://sts.amazonaws.com',
  docs: [
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html',
  ],
  ratePerMinute: 120,
  verify,
  verifyAfter: 'identify',
  containment: [
    {
      id: 'identify',
      title: 'Find the key owner (iam:GetAccessKeyLastUsed, sts:GetAccessKeyInfo)',
      provenByRevocation: true,
      readOnly: true,
      run: async (c, ctx) => {
        const aws = await clients(ctx);
        return step(() => owner(c, ctx, aws));
      },
    },
    {
      id: 'deactivate',
      title: 'Deactivate the access key (iam:UpdateAccessKey → Inactive)',
      provenByRevocation: true,
      run: async (c, ctx) => {
        const aws = await clients(ctx);
        return step(async () => {
          const o = await owner(c, ctx, aws);
          if (o.outcome === 'task' || !o.owner.userName)
            return o.outcome === 'task' ? o : { outcome: 'done', detail: o.detail };
          const { deactivateKey } = await revokeModule();
          return deactivateKey(aws.iam, o.owner.userName, c.secret, { timeoutMs: awsTimeout(ctx) });
        });
      },
    },
    {
      id: 'quarantine',
      title: 'Attach the AWS compromised-key quarantine policy to the owner',
      run: async (c, ctx) => {
        const aws = await clients(ctx);
        const policy = String(ctx.options?.['aws.quarantinePolicyArn'] ?? DEFAULT_QUARANTINE_POLICY);
        return step(async () => {
          const o = await owner(c, ctx, aws);
          if (o.outcome === 'task' || !o.owner.userName)
            return o.outcome === 'task' ? o : { outcome: 'done', detail: o.detail };
          const { attachQuarantine } = await revokeModule();
          return attachQuarantine(aws.iam, o.owner.userName, policy, { timeoutMs: awsTimeout(ctx) });
        });
      },
    },
    {
      id: 'verify',
      title: 'Verify the leaked key no longer works (sts:GetCallerIdentity signed with it)',
      readOnly: true,
      run: async (c, ctx) => {
        const aws = await clients(ctx);
        await ctx.throttle?.('aws');
        const { verifyRevoked } = await verifyRevokedModule();
        return verifyRevoked(c, aws, { timeoutMs: awsTimeout(ctx) });
      },
    },
  ],
  revokes: ['aws-access-key-id'],
  manualRevocation: 'deactivate and delete the key in IAM → Users → Security credentials, in the account that owns it',
  permissions:
    'sts:GetAccessKeyInfo, sts:GetCallerIdentity, iam:GetAccessKeyLastUsed, iam:ListAccessKeys, iam:UpdateAccessKey, iam:AttachUserPolicy (for the quarantine policy) in the account that owns the key',
  rotates: true,
};
