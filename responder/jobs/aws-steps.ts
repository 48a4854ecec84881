// The AWS containment steps, one job each, chained by a flow: identify → deactivate →
// quarantine → verify. A step that cannot be automated becomes a task for a person and the
// steps after it stand aside; a transient failure throws and BullMQ retries with backoff.
import { UnrecoverableError } from 'bullmq';
import { attachQuarantine, deactivateKey, findKeyOwner, type KeyOwner } from '../../rules/aws/revoke.js';
import { verifyAccessKey, verifyKeyPair } from '../../rules/aws/verify.js';
import type { Handlers, JobContext } from '../queue/context.js';
import { NO_EVIDENCE } from '../triage/evidence.js';
import { grantEvidence, mayAct } from './evidence.js';
import { beginStep, recordStep, recordTask } from './record.js';

const OWNER_FIELD = 'aws:owner';
const APPROVE =
  'A security responder who knows this key should be contained can approve it with "Deactivate this key" (deactivate, quarantine the owner, verify)';

async function accessKeyId(ctx: JobContext, id: string): Promise<string> {
  const key = await ctx.s.secrets.get(id, 'primary', ctx.scrubber);
  if (!key) {
    throw new UnrecoverableError(
      'the stored access key id expired or was deleted before containment finished; contain the key by hand',
    );
  }
  return key;
}

/** The owner recorded by aws-identify, or why the later steps cannot run. */
async function owner(ctx: JobContext, id: string): Promise<{ owner: KeyOwner } | { skip: string }> {
  const incident = await ctx.s.ledger.get(id);
  const identify = incident?.steps['aws-identify'];
  if (identify?.status !== 'done') return { skip: 'the key owner is unknown (see "Find the key owner")' };
  const raw = await ctx.s.ledger.getField(id, OWNER_FIELD);
  if (!raw) throw new Error('aws-identify is done but recorded no owner');
  const o = JSON.parse(raw) as KeyOwner;
  return o.userName ? { owner: o } : { skip: 'the key no longer exists' };
}

/** A later step waits with the deactivation: a task a person can also do by hand. */
async function holdBack(ctx: JobContext, incidentId: string, step: 'aws-quarantine' | 'aws-verify'): Promise<string> {
  await recordTask(ctx, incidentId, step, 'held back with the deactivation (see "Deactivate the access key")');
  return 'held: no evidence';
}

export const awsHandlers: Handlers<'containment'> = {
  'aws-identify': async ({ incidentId }, ctx) => {
    if (!(await beginStep(ctx, incidentId, 'aws-identify'))) return 'skipped';
    const opts = { timeoutMs: ctx.s.config.aws.timeoutMs };
    const key = await accessKeyId(ctx, incidentId);
    const r = await findKeyOwner(ctx.s.aws.iam, ctx.s.aws.sts, key, opts);
    // Only after reading "last used": a call signed with the leaked pair would overwrite that evidence.
    const secretKey = await ctx.s.secrets.get(incidentId, 'pair', ctx.scrubber);
    if (secretKey) {
      const v = await verifyKeyPair(ctx.s.aws.keyPairSts(key, secretKey), opts);
      const text =
        v.status === 'unknown'
          ? `could not tell whether the leaked key pair works: ${v.error}`
          : `leaked key pair is ${v.status}: ${v.detail}`;
      await ctx.s.ledger.append(incidentId, {
        actor: 'leakhound',
        kind: 'verification',
        text: ctx.scrubber.text(text),
        key: `verify-pair:${v.status}`,
      });
      if (v.status === 'live') {
        await grantEvidence(ctx, incidentId, {
          kind: 'verified-live',
          by: 'leakhound',
          at: new Date().toISOString(),
          detail: 'the leaked key pair works (sts:GetCallerIdentity): containment may act on it',
        });
      }
    }
    if (r.outcome === 'task') return recordTask(ctx, incidentId, 'aws-identify', r.task);
    await ctx.s.ledger.setFields(incidentId, { [OWNER_FIELD]: JSON.stringify(r.owner) });
    await recordStep(ctx, incidentId, 'aws-identify', 'done', r.detail);
    return 'done';
  },

  'aws-deactivate': async ({ incidentId }, ctx) => {
    const incident = await beginStep(ctx, incidentId, 'aws-deactivate');
    if (!incident) return 'skipped';
    if (!(await mayAct(ctx, incident))) {
      await recordTask(ctx, incidentId, 'aws-deactivate', `${NO_EVIDENCE}. ${APPROVE}`);
      return 'held: no evidence';
    }
    const o = await owner(ctx, incidentId);
    if ('skip' in o) return recordStep(ctx, incidentId, 'aws-deactivate', 'skipped', o.skip);
    const key = await accessKeyId(ctx, incidentId);
    const r = await deactivateKey(ctx.s.aws.iam, o.owner.userName!, key, { timeoutMs: ctx.s.config.aws.timeoutMs });
    if (r.outcome === 'task') return recordTask(ctx, incidentId, 'aws-deactivate', r.task);
    await ctx.s.ledger.setFields(incidentId, { 'aws:deactivatedAt': new Date().toISOString() });
    await recordStep(ctx, incidentId, 'aws-deactivate', 'done', r.detail);
    return 'done';
  },

  'aws-quarantine': async ({ incidentId }, ctx) => {
    const incident = await beginStep(ctx, incidentId, 'aws-quarantine');
    if (!incident) return 'skipped';
    if (!(await mayAct(ctx, incident))) return 'held: no evidence';
    const o = await owner(ctx, incidentId);
    if ('skip' in o) return recordStep(ctx, incidentId, 'aws-quarantine', 'skipped', o.skip);
    const { quarantinePolicyArn, timeoutMs } = ctx.s.config.aws;
    const r = await attachQuarantine(ctx.s.aws.iam, o.owner.userName!, quarantinePolicyArn, { timeoutMs });
    if (r.outcome === 'task') return recordTask(ctx, incidentId, 'aws-quarantine', r.task);
    await recordStep(ctx, incidentId, 'aws-quarantine', 'done', r.detail);
    return 'done';
  },

  'aws-verify': async ({ incidentId }, ctx) => {
    const incident = await beginStep(ctx, incidentId, 'aws-verify');
    if (!incident) return 'skipped';
    if (!(await mayAct(ctx, incident))) return holdBack(ctx, incidentId, 'aws-verify');
    if (incident.steps['aws-identify']?.status !== 'done') {
      return recordStep(
        ctx,
        incidentId,
        'aws-verify',
        'skipped',
        'nothing to verify until the key is contained by hand',
      );
    }
    const key = await accessKeyId(ctx, incidentId);
    const v = await verifyAccessKey(ctx.s.aws.iam, key, { timeoutMs: ctx.s.config.aws.timeoutMs });
    // Unknown never closes an incident: retry, and after the last attempt a person decides.
    if (v.status === 'unknown') throw new Error(`could not verify the revocation: ${v.error}`);
    if (v.status === 'live') throw new Error(`the key still works after deactivation: ${v.detail}`);
    await recordStep(ctx, incidentId, 'aws-verify', 'done', `revocation verified: ${v.detail}`);
    return 'done';
  },
};
