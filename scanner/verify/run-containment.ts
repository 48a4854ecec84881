// `leakhound revoke` runs a provider's containment steps in order, here and now: a `task` stops
// the run (a person has to act; the steps after it are listed), a `retry` is asked again a few
// times with growing pauses (revocation takes a moment to propagate), then reported.
import type { Credential, Provider, ProviderContext, StepResult } from '../../rules/provider.js';
import { realClock, type Clock } from '../../rules/rate-limit.js';

export interface StepReport {
  title: string;
  result: StepResult | { outcome: 'not-run'; detail: string };
}

export interface ContainmentRun {
  /** `revoked`: the last step is done; `task`: a person must act; `unconfirmed`: retries ran out. */
  outcome: 'revoked' | 'task' | 'unconfirmed';
  steps: StepReport[];
}

export async function runContainment(
  p: Provider,
  credential: Credential,
  ctx: ProviderContext,
  opts: { retries: number; firstPauseMs: number; clock?: Clock },
): Promise<ContainmentRun> {
  const clock = opts.clock ?? realClock;
  const steps: StepReport[] = [];
  if (p.containment.length === 0 || !p.revokes.includes(credential.ruleId)) {
    const detail = p.manualRevocationByRule?.[credential.ruleId] ?? p.manualRevocation;
    steps.push({ title: 'Revoke the credential', result: { outcome: 'task', detail } });
    return { outcome: 'task', steps };
  }
  for (const [i, step] of p.containment.entries()) {
    let r = await step.run(credential, ctx);
    for (let attempt = 0; r.outcome === 'retry' && attempt < opts.retries; attempt++) {
      await clock.sleep(opts.firstPauseMs * 2 ** attempt);
      r = await step.run(credential, ctx);
    }
    steps.push({ title: step.title, result: r });
    if (r.outcome !== 'done') {
      for (const rest of p.containment.slice(i + 1)) {
        steps.push({ title: rest.title, result: { outcome: 'not-run', detail: 'after the step above' } });
      }
      return { outcome: r.outcome === 'task' ? 'task' : 'unconfirmed', steps };
    }
  }
  return { outcome: 'revoked', steps };
}
