// The one containment job, for every provider: `{ incidentId, step }` runs that provider step
// with the stored (encrypted) secret and records what it achieved. `done` and `task` are
// recorded; `retry` throws so BullMQ retries with backoff — except for the last step while an
// earlier one waits for a person (a guided roll): then the job re-checks on its own, every
// minute and backing off to hourly, and closes the waiting steps itself the moment the provider
// confirms the revocation. Nobody has to come back and say they did it.
// Evidence before action (the same rule for every provider): a step that changes something at
// the provider runs only once the credential verified live, GitHub secret scanning reported it,
// or a responder approved; until then it becomes a task with the approve button, and a live
// verification here is what grants the evidence.
import { DelayedError, UnrecoverableError } from 'bullmq';
import type { Credential, Provider, Verification } from '../../rules/provider.js';
import type { Incident } from '../ledger/types.js';
import { approveButton, CONTAINMENT_STEPS, ROTATION_JOBS, stepId } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import type { JobData } from '../queue/job-map.js';
import { NO_EVIDENCE } from '../triage/evidence.js';
import { grantEvidence, mayAct } from './evidence.js';
import { beginStep, loadIncident, recordStep, recordTask } from './record.js';
import { recordCapabilities } from './capabilities.js';
import { runRotationJob } from './rotation-job.js';

const HOUR = 3_600_000;

async function credential(ctx: JobContext, incidentId: string, ruleId: string): Promise<Credential> {
  const secret = await ctx.s.secrets.get(incidentId, 'primary', ctx.scrubber);
  if (!secret) {
    throw new UnrecoverableError(
      'the stored secret expired or was deleted before containment finished; contain the credential by hand',
    );
  }
  const pair = await ctx.s.secrets.get(incidentId, 'pair', ctx.scrubber);
  // Where the secret was found may name its self-managed instance; the provider decides whether to trust it.
  const incident = await ctx.s.ledger.get(incidentId);
  const hosts = [...new Set(incident?.locations.flatMap((l) => l.hosts ?? []) ?? [])];
  return { ruleId, secret, ...(pair ? { pair } : {}), ...(hosts.length ? { hosts } : {}) };
}

/** Records the answer; a live one is the evidence that lets the acting steps run. True when it granted evidence. */
async function recordVerification(
  ctx: JobContext,
  incidentId: string,
  provider: Provider,
  c: Credential,
  v: Verification,
): Promise<boolean> {
  const what = c.pair ? 'key pair' : 'credential';
  const text =
    v.state === 'unknown'
      ? `could not tell whether the leaked ${what} works: ${v.reason}`
      : `leaked ${what} is ${v.state}: ${v.reason}`;
  await ctx.s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'verification',
    text: ctx.scrubber.text(text),
    key: `verify:${v.state}`,
  });
  if (v.state !== 'live') return false;
  await recordCapabilities(ctx, incidentId, provider.id, c.ruleId, v);
  return grantEvidence(ctx, incidentId, {
    kind: 'verified-live',
    by: 'leakhound',
    at: new Date().toISOString(),
    detail: `the leaked ${what} works (${provider.name} verified it): containment may act on it`,
  });
}

/**
 * Without evidence, a step at or after the provider's first acting step does not run: the first
 * acting step becomes the task with the approve button, later acting steps wait with it
 * (pending), and later read-only steps (re-verification) become tasks so that nothing polls a
 * credential nobody revoked. Undefined: the step may run.
 */
async function holdBack(
  ctx: JobContext,
  incident: Incident,
  provider: Provider,
  index: number,
): Promise<string | undefined> {
  const first = provider.containment.findIndex((s) => !s.readOnly);
  if (first === -1 || index < first) return undefined;
  if (await mayAct(ctx, incident)) return undefined;
  const step = provider.containment[index]!;
  const firstStep = provider.containment[first]!;
  const id = stepId(provider, step);
  if (index === first) {
    const label = approveButton(provider.id)?.label ?? 'contain';
    const runs = provider.containment
      .slice(first)
      .map((s) => s.title)
      .join('; ');
    const approve = `A security responder who knows this credential should be contained can approve it with "${label}" (${runs})`;
    await recordTask(ctx, incident.id, id, `${NO_EVIDENCE}. ${approve}`);
  } else if (step.readOnly) {
    await recordTask(ctx, incident.id, id, `held back with the step "${firstStep.title}"`);
  }
  return 'held: no evidence';
}

/** Re-check at `first` (a minute by default), backing off as the person takes longer, up to hourly. */
function pollDelay(waitingSince: string | undefined, first: number): number {
  const waited = waitingSince ? Date.now() - Date.parse(waitingSince) : 0;
  return Math.min(HOUR, Math.max(first, Math.floor(waited / 10)));
}

export async function runContainmentStep(data: JobData<'containment', string>, ctx: JobContext): Promise<string> {
  const { incidentId, step } = data;
  if (ctx.job.name !== step) throw new UnrecoverableError(`job ${ctx.job.name} carries step ${step}`);
  if (ROTATION_JOBS.has(step)) return runRotationJob(ctx, incidentId, step);
  const entry = CONTAINMENT_STEPS.get(step);
  if (!entry) throw new UnrecoverableError(`no provider has the containment step ${step}`);
  const { provider, index } = entry;
  const incident = await beginStep(ctx, incidentId, step);
  if (!incident) return 'skipped';
  const c = await credential(ctx, incidentId, incident.ruleId);
  const pctx = ctx.s.providers;
  const verifyNow = provider.verifyAfter === undefined ? index === 0 : false;
  let granted = false;
  if (verifyNow && provider.verify) {
    granted = await recordVerification(ctx, incidentId, provider, c, await provider.verify(c, pctx));
  }
  const held = await holdBack(ctx, granted ? await loadIncident(ctx, incidentId) : incident, provider, index);
  if (held) return held;

  const r = await provider.containment[index]!.run(c, pctx);

  // Evidence first: a call signed with the leaked credential can overwrite what the step read.
  if (provider.verifyAfter === provider.containment[index]!.id && provider.verify) {
    await recordVerification(ctx, incidentId, provider, c, await provider.verify(c, pctx));
  }
  if (r.outcome === 'done') {
    await recordStep(ctx, incidentId, step, 'done', r.detail);
    if (index === provider.containment.length - 1) {
      const proven = provider.containment.slice(0, -1).filter((s) => s.provenByRevocation);
      await closeWaitingSteps(
        ctx,
        incident,
        proven.map((s) => stepId(provider, s)),
      );
    }
    return 'done';
  }
  if (r.outcome === 'task') {
    await recordTask(ctx, incidentId, step, r.detail);
    return 'task';
  }
  // Only a person's part that the provider's answer can prove is worth waiting for.
  const guided = provider.containment.slice(0, index).filter((s) => s.provenByRevocation);
  const waiting = waitingFor(
    incident,
    guided.map((s) => stepId(provider, s)),
  );
  if (index === provider.containment.length - 1 && waiting) {
    await ctx.job.moveToDelayed(Date.now() + pollDelay(waiting.at, ctx.s.config.providers.reverifyMs), ctx.token);
    throw new DelayedError();
  }
  throw new Error(ctx.scrubber.text(r.detail));
}

/** The earliest step of these that waits for a person, if any. */
function waitingFor(incident: Incident, ids: string[]): { at: string } | undefined {
  return ids.map((id) => incident.steps[id]).find((s) => s?.status === 'task');
}

/** The provider confirmed the revocation: what the person was asked to do is done. */
async function closeWaitingSteps(ctx: JobContext, incident: Incident, ids: string[]): Promise<void> {
  const fresh = (await ctx.s.ledger.get(incident.id)) ?? incident;
  for (const id of ids) {
    if (fresh.steps[id]?.status !== 'task') continue;
    await recordStep(ctx, incident.id, id, 'done', 'done by a person: confirmed by re-verification at the provider');
  }
}
