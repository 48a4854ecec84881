// Formats the bench's numbers. Times are printed, never asserted: they depend on the machine.
import type { Category, CategoryStats } from './categories.js';
import type { Score } from './score.js';

export const MB = 1e6;

export const mbps = (bytes: number, ms: number): string => `${(bytes / MB / (ms / 1000)).toFixed(2)} MB/s`;
export const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const mib = (bytes: number | null): string =>
  bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MiB`;
export const ratio = (x: number): string => x.toFixed(3);
const n = (x: number): string => x.toLocaleString('en-US');

export function printScore(name: string, s: Score): void {
  console.log(
    `  ${name}: recall ${ratio(s.recall)} (${n(s.found)}/${n(s.planted)}), precision ${ratio(s.precision)} (${n(s.falsePositives)} false of ${n(s.reported)} reports)${s.duplicates ? `, ${n(s.duplicates)} duplicate reports of found secrets` : ''}`,
  );
}

/** Recall on a subset of kinds, e.g. the generated ones versus the rule fixtures. */
export function subsetRecall(s: Score, pick: (kind: string) => boolean): string {
  let planted = 0;
  let found = 0;
  for (const [k, v] of s.byKind) {
    if (!pick(k)) continue;
    planted += v.planted;
    found += v.found;
  }
  return planted === 0 ? 'n/a' : `${ratio(found / planted)} (${n(found)}/${n(planted)})`;
}

/** One row per kind: leakhound's and (when it ran) secretlint's found/planted, misses first. */
export function printKinds(
  ours: Score,
  theirs: Score | null,
  pick: (kind: string) => boolean,
  onlyMisses: boolean,
): void {
  const rows = [...ours.byKind].filter(([k, v]) => pick(k) && (!onlyMisses || v.found < v.planted));
  rows.sort((a, b) => a[1].found / a[1].planted - b[1].found / b[1].planted || a[0].localeCompare(b[0]));
  const width = Math.max(10, ...rows.map(([k]) => k.length));
  for (const [kind, v] of rows) {
    const t = theirs?.byKind.get(kind);
    const peer = t ? `   secretlint ${String(t.found).padStart(4)}/${t.planted}` : '';
    const miss = v.misses[0] ? `   e.g. missed ${v.misses[0]}` : '';
    console.log(
      `    ${kind.padEnd(width)} ${String(v.found).padStart(4)}/${String(v.planted).padEnd(4)}${peer}${miss}`,
    );
  }
  if (rows.length === 0) console.log('    (none)');
}

export function printFalsePositives(s: Score, top = 12): void {
  if (s.falsePositives === 0) return;
  const rules = [...s.fpByRule].sort((a, b) => b[1].length - a[1].length).slice(0, top);
  console.log('    by rule:');
  for (const [rule, at] of rules)
    console.log(`      ${rule.padEnd(40)} ${String(at.length).padStart(5)}   e.g. ${at[0]}`);
  console.log('    by what they hit:');
  for (const [target, count] of [...s.fpByTarget].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`      ${target.padEnd(40)} ${String(count).padStart(5)}`);
}

/** One row per category: recall over its planted secrets, precision over its rules' reports. */
export function printCategories(stats: Map<Category, CategoryStats>): void {
  for (const [c, v] of stats) {
    const recall = v.planted === 0 ? 'n/a' : `${ratio(v.found / v.planted)} (${n(v.found)}/${n(v.planted)})`;
    const precision =
      v.reported === 0
        ? 'n/a (no reports)'
        : `${ratio((v.reported - v.falsePositives) / v.reported)} (${n(v.falsePositives)} false of ${n(v.reported)})`;
    console.log(`    ${c.padEnd(18)} recall ${recall.padEnd(22)} precision ${precision}`);
  }
}
