// Whether an incident may be closed with its review now: every step but the report is done
// or moot, so never while eradication (or a compliance task) is open. Pure; the Slack message,
// the page and the closing job all ask this one function.
import type { Incident } from '../ledger/types.js';
import { allSettled, orderedSteps, stepTitle } from '../playbook/playbook.js';

export type Closable = { ok: true } | { ok: false; reason: string };

export function closable(i: Incident): Closable {
  if (i.state === 'closed') return { ok: false, reason: 'the incident is already closed' };
  if (allSettled(i.steps)) return { ok: true };
  const open = orderedSteps(i.steps)
    .filter(([id, s]) => id !== 'report' && s.status !== 'done' && s.status !== 'skipped')
    .map(([id]) => stepTitle(id));
  return {
    ok: false,
    reason: `these steps are still open: ${open.join('; ')}. Finish them, or mark them not needed, first`,
  };
}
