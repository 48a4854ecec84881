// Scores a scanner's reports against the planted set. A report is true when it lands on a
// planted credential's lines (and, when the scanner gives its secret, names that secret);
// everything else it reports is a false positive, attributed to the look-alike it hit.
import type { LookAlikeRecord, PlantedSecret } from './build-file.js';
import type { Manifest } from './corpus.js';

export interface Reported {
  file: string;
  line: number;
  ruleId: string;
  /** Omitted for scanners that mask or do not extract the secret. */
  secret?: string;
}

export interface KindStats {
  planted: number;
  found: number;
  misses: string[];
}

export interface Score {
  planted: number;
  found: number;
  recall: number;
  reported: number;
  falsePositives: number;
  precision: number;
  /** True reports of a credential another report already found (two rules, one secret). */
  duplicates: number;
  byKind: Map<string, KindStats>;
  /** False positives per rule id, and per look-alike kind (or where else they landed). */
  fpByRule: Map<string, string[]>;
  fpByTarget: Map<string, number>;
}

const within = (line: number, span: [number, number]): boolean => line >= span[0] && line <= span[1];

function sameSecret(p: PlantedSecret, reported: string): boolean {
  if (reported.length < 8) return false;
  return [p.secret, ...(p.alt ?? [])].some((s) => s.includes(reported) || reported.includes(s));
}

function byFile<T extends { file: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.file);
    if (list) list.push(it);
    else m.set(it.file, [it]);
  }
  return m;
}

export function score(manifest: Manifest, reports: Reported[]): Score {
  const planted = byFile(manifest.planted);
  const looks = byFile<LookAlikeRecord>(manifest.lookAlikes);
  const found = new Set<PlantedSecret>();
  const s: Score = {
    planted: manifest.planted.length,
    found: 0,
    recall: 0,
    reported: reports.length,
    falsePositives: 0,
    precision: 0,
    duplicates: 0,
    byKind: new Map(),
    fpByRule: new Map(),
    fpByTarget: new Map(),
  };

  for (const r of reports) {
    const hits = (planted.get(r.file) ?? []).filter(
      (p) => within(r.line, p.span) && (r.secret === undefined || sameSecret(p, r.secret)),
    );
    const fresh = hits.find((p) => !found.has(p));
    if (fresh) found.add(fresh);
    else if (hits.length > 0) s.duplicates++;
    else {
      s.falsePositives++;
      const at = `${r.file}:${r.line}`;
      s.fpByRule.set(r.ruleId, [...(s.fpByRule.get(r.ruleId) ?? []), at]);
      const target =
        (looks.get(r.file) ?? []).find((l) => within(r.line, l.span))?.kind ??
        ((planted.get(r.file) ?? []).some((p) => within(r.line, p.span)) ? 'planted snippet, other value' : 'filler');
      s.fpByTarget.set(target, (s.fpByTarget.get(target) ?? 0) + 1);
    }
  }

  for (const p of manifest.planted) {
    const k = s.byKind.get(p.kind) ?? { planted: 0, found: 0, misses: [] };
    k.planted++;
    if (found.has(p)) k.found++;
    else k.misses.push(`${p.file}:${p.line}`);
    s.byKind.set(p.kind, k);
  }
  s.found = found.size;
  s.recall = s.planted === 0 ? 1 : s.found / s.planted;
  s.precision = s.reported === 0 ? 1 : (s.reported - s.falsePositives) / s.reported;
  return s;
}
