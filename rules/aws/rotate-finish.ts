// The rotation's second half: write the verified replacement as a new version, call the notify
// hook, and (a delayed job, after the grace period) delete the leaked key. A store that refuses
// the write undoes the rotation: the replacement is deleted again, since nothing will ever read
// it, and a person is told; containment of the leaked key goes on as without rotation.
import { announce, describeStored, stored, versionKey, writeReplacement } from '../rotation-finish.js';
import { deleteKey, ourKeys, unmark } from './rotate-iam.js';
import {
  type AwsRotationStep,
  create,
  done,
  guard,
  manualRotation,
  opts,
  planned,
  redactKeyId,
  task,
  verify,
} from './rotate.js';

export { describeStored, versionKey };

export const store: AwsRotationStep = {
  id: 'rotate-store',
  title: 'Write the replacement to the secret store as a new version',
  run: (leaked, ctx) =>
    guard(async () => {
      const already = await stored(ctx);
      if (already) return done(`${describeStored(already)} and verified`);
      const p = await planned(ctx);
      if ('outcome' in p) return p;
      const r = await ctx.state.getReplacement();
      let refused = await ctx.state.get('rotation:refused');
      if (!refused) {
        if (!r)
          return task(
            'the replacement key is no longer held (its encrypted copy expired): run "Create a replacement" again or rotate by hand',
          );
        if (!(await ctx.state.get('rotation:verified')))
          return task('the replacement was never verified, so it is not written');
        const w = await writeReplacement(ctx, p.target, r, redactKeyId(r.id));
        if ('outcome' in w) return w;
        refused = w.refused;
      }
      // Undo: the replacement was never written, so no service will ever read it.
      for (const id of await ourKeys(ctx.iam, p.owner.userName, ctx.incidentId, opts(ctx))) {
        await deleteKey(ctx.iam, p.owner.userName, id, opts(ctx));
        await unmark(ctx.iam, p.owner.userName, id, opts(ctx));
      }
      await ctx.state.deleteReplacement();
      const shown = r ? `replacement ${redactKeyId(r.id)}` : 'replacement';
      return task(
        `${refused}. The ${shown} was deleted again; the leaked key is contained as without rotation. Fix the store's access, then ${manualRotation(p.owner.userName, redactKeyId(leaked.secret)).replace('rotate by hand: ', '')}`,
      );
    }),
};

export const notify: AwsRotationStep = {
  id: 'rotate-notify',
  title: 'Tell the services a new version is there (notify hook)',
  run: (_leaked, ctx) =>
    guard(async () => {
      const p = await planned(ctx);
      if ('outcome' in p) return p;
      return announce(ctx, p.target, 'aws');
    }),
};

export const retire: AwsRotationStep = {
  id: 'rotate-retire',
  title: 'Delete the leaked key after the grace period (iam:DeleteAccessKey)',
  run: (leaked, ctx) =>
    guard(async () => {
      const shown = redactKeyId(leaked.secret);
      const p = await planned(ctx);
      if ('outcome' in p) return p;
      if (await ctx.state.get('rotation:retired')) return done(`leaked key ${shown} deleted already`);
      const hand = `\`aws iam delete-access-key --user-name ${p.owner.userName} --access-key-id ${shown}\``;
      if (!(await stored(ctx)))
        return task(
          `no replacement was written, so the leaked key ${shown} is not deleted automatically; once the services have a new key: ${hand}`,
        );
      if (await ctx.held())
        return task(`a responder holds the leaked key ${shown}: it stays Inactive; delete it when done: ${hand}`);
      await deleteKey(ctx.iam, p.owner.userName, leaked.secret, opts(ctx));
      // The replacement is now simply the user's key: drop our marker.
      for (const id of await ourKeys(ctx.iam, p.owner.userName, ctx.incidentId, opts(ctx))) {
        await unmark(ctx.iam, p.owner.userName, id, opts(ctx));
      }
      await ctx.state.set({ 'rotation:retired': new Date().toISOString() });
      return done(`leaked key ${shown} deleted after the grace period`);
    }),
};

/** In order, one job each; `retire` runs on its own, delayed by the entry's grace period. */
export const awsRotation: { steps: AwsRotationStep[]; retire: AwsRotationStep } = {
  steps: [create, verify, store, notify],
  retire,
};
