// How long a credential was exposed before leakhound saw it (time to detect) and before it
// stopped working (time to contain), both measured from when it became readable by others:
// the push (from the push payload), else the introducing commit's date, else when GitHub's
// secret scanning raised the alert. Not from when the incident opened, which hides a day of
// exposure behind a fraction of a second of response.

/** Seconds; Prometheus-style upper bounds (`+Inf` implied): a minute up to a year. */
export const EXPOSURE_BUCKETS = [60, 300, 900, 3600, 14_400, 86_400, 604_800, 2_592_000, 7_776_000, 31_536_000];

export type ExposureMetric = 'time-to-detect' | 'time-to-contain';
export const EXPOSURE_METRICS: { id: ExposureMetric; name: string; help: string }[] = [
  {
    id: 'time-to-detect',
    name: 'leakhound_time_to_detect_seconds',
    help: 'From the credential becoming readable by others (push, else commit date) to the incident opening.',
  },
  {
    id: 'time-to-contain',
    name: 'leakhound_time_to_contain_seconds',
    help: 'From the credential becoming readable by others (push, else commit date) to its revocation verified.',
  },
];

export interface ExposureInput {
  pushedAt?: string;
  /** The locations' commit dates, any order, possibly empty or unparsable. */
  commitDates: string[];
  alertCreatedAt?: string;
}

/** The earliest moment the secret was readable by others (ISO 8601 as recorded), when anything says. */
export function exposureStart(i: ExposureInput): string | undefined {
  const valid = (d: string | undefined): d is string => d !== undefined && d !== '' && !Number.isNaN(Date.parse(d));
  if (valid(i.pushedAt)) return new Date(Date.parse(i.pushedAt)).toISOString();
  // Sorted by time, not as text: commit dates carry their author's time zone.
  const commits = i.commitDates.filter(valid).sort((a, b) => Date.parse(a) - Date.parse(b));
  return commits[0] ?? (valid(i.alertCreatedAt) ? i.alertCreatedAt : undefined);
}

/** Seconds from `start` to `end`; a start in the future (a skewed commit clock) counts as 0. */
export function secondsBetween(start: string | undefined, end: string | Date): number | undefined {
  if (!start) return undefined;
  const s = Date.parse(start);
  const e = typeof end === 'string' ? Date.parse(end) : end.getTime();
  if (Number.isNaN(s) || Number.isNaN(e)) return undefined;
  return Math.max(0, (e - s) / 1000);
}
