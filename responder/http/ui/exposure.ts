// The moments of an incident's exposure, in order: committed → pushed → detected → contained
// → eradicated → closed. Pure; a moment leakhound does not know (yet) has no time.
import { duration } from '../../ledger/report.js';
import type { Incident } from '../../ledger/types.js';
import { isoOrUndefined } from './format.js';

export type MomentId = 'committed' | 'pushed' | 'detected' | 'contained' | 'eradicated' | 'closed';

export interface Moment {
  id: MomentId;
  label: string;
  at?: string;
}

export function exposureMoments(i: Incident & { pushedAt?: string }): Moment[] {
  const committed = i.locations
    .map((l) => isoOrUndefined(l.date))
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const history = i.steps.history;
  return [
    { id: 'committed', label: 'Committed', at: committed },
    { id: 'pushed', label: 'Pushed', at: isoOrUndefined(i.pushedAt) },
    { id: 'detected', label: 'Detected', at: isoOrUndefined(i.openedAt) },
    { id: 'contained', label: 'Contained', at: isoOrUndefined(i.containedAt) },
    { id: 'eradicated', label: 'Eradicated', at: history?.status === 'done' ? isoOrUndefined(history.at) : undefined },
    { id: 'closed', label: 'Closed', at: isoOrUndefined(i.closedAt) },
  ];
}

/**
 * One sentence for the page and for screen readers: how long the credential was usable by
 * others. It starts at the first known of pushed/committed (the recorded exposure start when
 * neither is known) and ends at containment, or now.
 */
export function exposureSummary(i: Incident & { pushedAt?: string }, now: Date): string {
  const m = exposureMoments(i);
  const start = m.find((x) => x.id === 'pushed')?.at ?? i.exposureStart ?? m.find((x) => x.id === 'committed')?.at;
  const contained = m.find((x) => x.id === 'contained')?.at;
  if (!start) return 'When the credential was first exposed is unknown.';
  const end = contained ? Date.parse(contained) : now.getTime();
  const length = duration(end - Date.parse(start));
  const where = i.visibility === 'public' ? 'publicly exposed' : 'exposed';
  return contained
    ? `The credential was ${where} for ${length}, until it was contained.`
    : `The credential has been ${where} for ${length}: not contained yet.`;
}

/** Time between two moments, for the bar's segments. */
export function gap(a: Moment, b: Moment): string | undefined {
  if (!a.at || !b.at) return undefined;
  return duration(Date.parse(b.at) - Date.parse(a.at));
}
