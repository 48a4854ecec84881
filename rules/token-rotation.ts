// Rotation for providers that replace a credential in one call (TokenRotation): issue the
// replacement, verify it authenticates as the same owner, write it as a new version where the
// services read it, call the notify hook. One step per job, each safe to run again:
// - the replacement is sealed into the state the moment the provider answers, and a run that
//   finds it reuses it, so a retry never rotates twice; the one window no retry can close is a
//   crash between the provider's answer and the sealing (the provider shows a new value once):
//   the retry then finds the leaked credential dead and no replacement, and says so;
// - a store that refuses the write undoes the rotation's replacement (the provider revokes it),
//   since nothing will ever read it, and a person is told.
// The leaked credential is retired by the rotate call itself, so there is no grace-period job.
import type { Credential, ProviderContext } from './provider.js';
import { announce, describeStored, stored, writeReplacement } from './rotation-finish.js';
import {
  type PostJson,
  type RotationState,
  type RotationStepResult,
  type RotationTarget,
  type SecretWriter,
  type StoreTarget,
  type TokenRotation,
} from './rotation.js';

export interface TokenRotationContext {
  incidentId: string;
  provider: string;
  rotation: TokenRotation;
  pctx: ProviderContext;
  state: RotationState;
  targetFor(owner: string): RotationTarget | undefined;
  writer(store: StoreTarget['store']): SecretWriter;
  post: PostJson;
  timeoutMs: number;
}

export interface TokenRotationStep {
  id: string;
  title: string;
  run(leaked: Credential, ctx: TokenRotationContext): Promise<RotationStepResult>;
}

const done = (detail: string): RotationStepResult => ({ outcome: 'done', detail });
const task = (detail: string): RotationStepResult => ({ outcome: 'task', detail });

async function planned(
  ctx: TokenRotationContext,
): Promise<{ owner: string; target: RotationTarget } | RotationStepResult> {
  const owner = await ctx.state.get('rotation:owner');
  if (!owner) return task('no replacement was planned (see "Rotate the credential"): nothing to do here');
  const target = ctx.targetFor(owner);
  if (!target) return task(`the rotation map no longer has an entry for ${owner}`);
  return { owner, target };
}

const create: TokenRotationStep = {
  id: 'rotate-create',
  title: "Rotate the credential at its provider (the provider's rotate API)",
  async run(leaked, ctx) {
    const written = await stored(ctx);
    if (written) return done(`the replacement (${written.replacement}) is written already`);
    if (await ctx.state.getReplacement()) {
      return done(`replacement ${(await ctx.state.get('rotation:created')) ?? ''} already issued`.trim());
    }
    const who = await ctx.rotation.owner(leaked, ctx.pctx);
    if ('outcome' in who) return who;
    const target = ctx.targetFor(who.owner);
    if (!target)
      return task(`no entry in LEAKHOUND_ROTATION_CONFIG matches ${who.owner}; rotate by hand: ${ctx.rotation.manual}`);
    await ctx.state.set({ 'rotation:owner': who.owner });
    const r = await ctx.rotation.rotate(leaked, ctx.pctx);
    if ('outcome' in r) return r;
    await ctx.state.putReplacement(r.replacement);
    // A new replacement starts over: an earlier refusal or verification was about another one.
    await ctx.state.set({ 'rotation:created': r.shown, 'rotation:verified': '', 'rotation:refused': '' });
    return done(r.detail);
  },
};

const verify: TokenRotationStep = {
  id: 'rotate-verify',
  title: 'Verify the replacement authenticates as the same owner',
  async run(_leaked, ctx) {
    if (await stored(ctx)) return done('the replacement was verified before it was written');
    const p = await planned(ctx);
    if ('outcome' in p) return p;
    const r = await ctx.state.getReplacement();
    if (!r) return task('the replacement is no longer held (its encrypted copy expired): rotate by hand');
    const v = await ctx.rotation.verify(r, ctx.pctx);
    if ('outcome' in v) return v;
    if (v.owner !== p.owner) return task(`the replacement authenticates, but as ${v.owner}, not ${p.owner}`);
    await ctx.state.set({ 'rotation:verified': new Date().toISOString() });
    return done(`replacement ${(await ctx.state.get('rotation:created')) ?? ''} verified: ${v.detail}`);
  },
};

const store: TokenRotationStep = {
  id: 'rotate-store',
  title: 'Write the replacement to the secret store as a new version',
  async run(_leaked, ctx) {
    const already = await stored(ctx);
    if (already) return done(`${describeStored(already)} and verified`);
    const p = await planned(ctx);
    if ('outcome' in p) return p;
    const r = await ctx.state.getReplacement();
    const shown = (await ctx.state.get('rotation:created')) ?? 'replacement';
    let refused = await ctx.state.get('rotation:refused');
    if (!refused) {
      if (!r) return task('the replacement is no longer held (its encrypted copy expired): rotate by hand');
      if (!(await ctx.state.get('rotation:verified')))
        return task('the replacement was never verified, so it is not written');
      const w = await writeReplacement(ctx, p.target, r, shown);
      if ('outcome' in w) return w;
      refused = w.refused;
    }
    // Undo: the replacement was never written, so no service will ever read it.
    if (r) {
      const undone = await ctx.rotation.revoke(r, ctx.pctx);
      if (undone.outcome === 'retry') return undone;
      if (undone.outcome === 'task') return task(`${refused}. Revoke the unwritten ${shown} by hand: ${undone.detail}`);
      await ctx.state.deleteReplacement();
    }
    return task(
      `${refused}. The ${shown} was revoked again, and the leaked credential no longer works: fix the store's access, then ${ctx.rotation.manual}`,
    );
  },
};

const notify: TokenRotationStep = {
  id: 'rotate-notify',
  title: 'Tell the services a new version is there (notify hook)',
  async run(_leaked, ctx) {
    const p = await planned(ctx);
    if ('outcome' in p) return p;
    return announce(ctx, p.target, ctx.provider);
  },
};

/** In order, one job each. */
export const tokenRotationSteps: TokenRotationStep[] = [create, verify, store, notify];
