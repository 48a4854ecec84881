// The list page's filters, read from the query string. Pure: parsing says exactly what was
// wrong with a value; matching decides per incident.
import type { Severity } from '../../../rules/types.js';
import { type Incident, type IncidentState, STATES } from '../../ledger/types.js';

export const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface Filters {
  state?: IncidentState;
  severity?: Severity;
  provider?: string;
  /** Case-insensitive substring of `owner/name`. */
  repo?: string;
}

export type ParsedFilters = { ok: true; filters: Filters } | { ok: false; error: string };

export function parseFilters(q: (name: string) => string | undefined): ParsedFilters {
  const get = (name: string): string | undefined => {
    const v = q(name)?.trim();
    return v ? v : undefined;
  };
  const state = get('state');
  if (state && !(STATES as string[]).includes(state)) {
    return { ok: false, error: `state=${state.slice(0, 40)}: expected one of ${STATES.join(', ')}, e.g. state=open` };
  }
  const severity = get('severity');
  if (severity && !(SEVERITIES as string[]).includes(severity)) {
    return {
      ok: false,
      error: `severity=${severity.slice(0, 40)}: expected one of ${SEVERITIES.join(', ')}, e.g. severity=high`,
    };
  }
  const provider = get('provider');
  if (provider && !/^[a-z0-9-]{1,40}$/.test(provider)) {
    return { ok: false, error: `provider: expected a provider id such as aws (lower-case letters, digits, '-')` };
  }
  const repo = get('repo');
  if (repo && repo.length > 200) return { ok: false, error: 'repo: expected at most 200 characters of owner/name' };
  return {
    ok: true,
    filters: {
      ...(state ? { state: state as IncidentState } : {}),
      ...(severity ? { severity: severity as Severity } : {}),
      ...(provider ? { provider } : {}),
      ...(repo ? { repo } : {}),
    },
  };
}

/** `none` stands for incidents whose credential no provider can contain automatically. */
export function matches(i: Incident, f: Filters): boolean {
  if (f.state && i.state !== f.state) return false;
  if (f.severity && i.severity !== f.severity) return false;
  if (f.provider && (i.provider ?? 'none') !== f.provider) return false;
  if (f.repo && !i.repo.toLowerCase().includes(f.repo.toLowerCase())) return false;
  return true;
}
