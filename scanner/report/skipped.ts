import type { SkippedInput } from '../finding.js';

const LABELS: Record<SkippedInput['reason'], string> = {
  binary: 'binary',
  'too-large': 'larger than the size limit',
  unreadable: 'unreadable',
  'missing-object': 'missing from the git object store',
  submodule: 'a submodule',
  'dependency-folder': 'untracked dependency folder',
};

/** How a skip reason reads in a sentence: "1 binary, 2 larger than the size limit". */
export function skipLabel(reason: SkippedInput['reason']): string {
  return LABELS[reason];
}

/** One line per skipped input, e.g. `assets/logo.png: binary` or `dump.sql: larger than … (12 MB)`. */
export function describeSkip(s: SkippedInput): string {
  return `${s.file}: ${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ''}`;
}

/** Reasons in first-seen order with their counts; input is expected sorted by reason. */
export function countByReason(skipped: readonly SkippedInput[]): [SkippedInput['reason'], number][] {
  const counts = new Map<SkippedInput['reason'], number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts];
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
