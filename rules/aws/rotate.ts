// Rotating a leaked AWS access key: a replacement for the same IAM user, verified, written where
// the services read it, announced, and the leaked key deleted after a grace period. One step per
// job; each reads what the earlier ones recorded and is safe to run again after a crash:
// - the replacement is sealed into the state before it is tagged as ours, and a run that finds
//   it reuses it, so a retry never creates a second replacement nor loses the first;
// - a user with two keys already (the leaked one and another we cannot prove is ours) gets a
//   task: IAM allows two, and we never delete a key we did not create.
// Runs before deactivation, so the services have the new key before the old one stops working.
import type {
  PostJson,
  Replacement,
  RotationState,
  RotationStepResult,
  SecretWriter,
  StoreTarget,
} from '../rotation.js';
import { AwsStepError } from './revoke.js';
import {
  AwsDenied,
  createKey,
  deleteKey,
  keyOwner,
  listKeys,
  markOurs,
  type Owner,
  ourKeys,
  unmark,
} from './rotate-iam.js';
import { type IamSend, type StsSend, verifyKeyPair } from './verify.js';

export interface AwsRotationTarget extends StoreTarget {
  notify?: string;
  graceSeconds: number;
}

export interface AwsRotationContext {
  incidentId: string;
  iam: IamSend;
  keyPairSts(accessKeyId: string, secretAccessKey: string): StsSend;
  state: RotationState;
  /** The rotation map entry for an owner's ARN, if any. */
  targetFor(arn: string): AwsRotationTarget | undefined;
  writer(store: StoreTarget['store']): SecretWriter;
  post: PostJson;
  /** True while a responder holds the leaked key (e.g. for forensics): it is not deleted. */
  held(): Promise<boolean>;
  timeoutMs: number;
}

export interface AwsRotationStep {
  id: string;
  title: string;
  run(credential: { secret: string }, ctx: AwsRotationContext): Promise<RotationStepResult>;
}

export const done = (detail: string): RotationStepResult => ({ outcome: 'done', detail });
export const task = (detail: string): RotationStepResult => ({ outcome: 'task', detail });

/** `AKIA…WXYZ`: AWS key ids are treated as secrets, shown only like this. */
export const redactKeyId = (id: string): string => `${id.slice(0, 4)}…${id.slice(-4)}`;

/** What a person types when leakhound cannot rotate (the key id stays redacted: they have it). */
export function manualRotation(userName: string, leaked: string): string {
  return [
    `rotate by hand: \`aws iam create-access-key --user-name ${userName}\`,`,
    'write the new pair where the services read it and redeploy them, then',
    `\`aws iam update-access-key --user-name ${userName} --access-key-id ${leaked} --status Inactive\``,
    `and later \`aws iam delete-access-key --user-name ${userName} --access-key-id ${leaked}\``,
  ].join(' ');
}

export async function guard(run: () => Promise<RotationStepResult>): Promise<RotationStepResult> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AwsDenied) return task(err.message);
    if (err instanceof AwsStepError) return { outcome: 'retry', detail: err.message };
    throw err;
  }
}

/** The owner and rotation target recorded by the first step, or why this step has nothing to do. */
export async function planned(
  ctx: AwsRotationContext,
): Promise<{ owner: Owner; target: AwsRotationTarget } | RotationStepResult> {
  const raw = await ctx.state.get('rotation:owner');
  if (!raw) return task('no replacement was planned (see "Create a replacement"): nothing to do here');
  const owner = JSON.parse(raw) as Owner;
  const target = ctx.targetFor(owner.arn);
  if (!target) return task(`the rotation map no longer has an entry for ${owner.arn}`);
  return { owner, target };
}

export const opts = (ctx: AwsRotationContext) => ({ timeoutMs: ctx.timeoutMs });

export const create: AwsRotationStep = {
  id: 'rotate-create',
  title: 'Create a replacement key for the same user (iam:CreateAccessKey)',
  run: (leaked, ctx) =>
    guard(async () => {
      // Written already: the replacement is in service now, and must never look like an orphan.
      const stored = await ctx.state.get('rotation:stored');
      if (stored)
        return done(
          `the replacement (${(JSON.parse(stored) as { replacement: string }).replacement}) is written already`,
        );
      const owner = await keyOwner(ctx.iam, leaked.secret, opts(ctx));
      const shown = redactKeyId(leaked.secret);
      if (!owner) return task(`the leaked key ${shown} no longer exists, so there is nothing to replace`);
      const target = ctx.targetFor(owner.arn);
      if (!target) {
        return task(
          `no entry in LEAKHOUND_ROTATION_CONFIG matches ${owner.arn}; ${manualRotation(owner.userName, shown)}`,
        );
      }
      await ctx.state.set({ 'rotation:owner': JSON.stringify(owner) });
      const keys = await listKeys(ctx.iam, owner.userName, opts(ctx));
      const ours = await ourKeys(ctx.iam, owner.userName, ctx.incidentId, opts(ctx));
      const kept = await ctx.state.getReplacement();
      if (kept && keys.some((k) => k.id === kept.id)) {
        await markOurs(ctx.iam, owner.userName, kept.id, ctx.incidentId, opts(ctx));
        return done(`replacement ${redactKeyId(kept.id)} already created for IAM user ${owner.userName}`);
      }
      if (kept) await ctx.state.deleteReplacement();
      // Ours, but its secret is gone (expired before it was written): useless, and provably ours.
      for (const id of ours) {
        if (keys.some((k) => k.id === id)) await deleteKey(ctx.iam, owner.userName, id, opts(ctx));
        await unmark(ctx.iam, owner.userName, id, opts(ctx));
      }
      const others = keys.filter((k) => k.id !== leaked.secret && !ours.includes(k.id));
      if (others.length > 0) {
        const list = keys.map((k) => `${redactKeyId(k.id)} (${k.status})`).join(', ');
        return task(
          `IAM user ${owner.userName} already has two access keys (${list}); leakhound never deletes a key it did not create. Delete the one no service uses, then ${manualRotation(owner.userName, shown).replace('rotate by hand: ', '')}`,
        );
      }
      const created = await createKey(ctx.iam, owner.userName, opts(ctx));
      if (created === 'limit')
        return task(
          `IAM user ${owner.userName} reached its limit of two access keys meanwhile; ${manualRotation(owner.userName, shown)}`,
        );
      await ctx.state.putReplacement(created);
      await markOurs(ctx.iam, owner.userName, created.id, ctx.incidentId, opts(ctx));
      // A new key starts over: an earlier refusal or verification was about another key.
      await ctx.state.set({
        'rotation:created': redactKeyId(created.id),
        'rotation:verified': '',
        'rotation:refused': '',
      });
      return done(`replacement ${redactKeyId(created.id)} created for IAM user ${owner.userName}`);
    }),
};

export async function replacement(ctx: AwsRotationContext): Promise<Replacement | RotationStepResult> {
  const r = await ctx.state.getReplacement();
  if (r) return r;
  return task(
    'the replacement key is no longer held (its encrypted copy expired or was removed): run "Create a replacement" again or rotate by hand',
  );
}

export const verify: AwsRotationStep = {
  id: 'rotate-verify',
  title: 'Verify the replacement authenticates (sts:GetCallerIdentity)',
  run: (_leaked, ctx) =>
    guard(async () => {
      if (await ctx.state.get('rotation:stored')) return done('the replacement was verified before it was written');
      const p = await planned(ctx);
      if ('outcome' in p) return p;
      const r = await replacement(ctx);
      if ('outcome' in r) return r;
      const v = await verifyKeyPair(ctx.keyPairSts(r.id, r.secret), opts(ctx));
      // IAM is eventually consistent: a key minutes old may not authenticate yet anywhere.
      if (v.status !== 'live') {
        return {
          outcome: 'retry',
          detail: `the replacement does not authenticate yet: ${v.status === 'invalid' ? v.detail : v.error}`,
        };
      }
      if (!v.detail.includes(p.owner.arn))
        return task(`the replacement authenticates, but not as ${p.owner.arn}: ${v.detail}`);
      await ctx.state.set({ 'rotation:verified': new Date().toISOString() });
      return done(`replacement ${redactKeyId(r.id)} verified: ${v.detail}`);
    }),
};
