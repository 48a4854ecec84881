// Recall and precision by category of credential: provider tokens (a format a provider
// defines), credential files (recognised by path and format), generic (a credential-named
// setting). A planted secret's category comes from the rule its kind is named after (its
// tags), else from its provider; a report's from the rule that made it.
import { defaultRules } from '../../../rules/index.js';
import type { PlantedSecret } from './build-file.js';
import type { Reported, Score } from './score.js';

export const CATEGORIES = ['provider tokens', 'credential files', 'generic'] as const;
export type Category = (typeof CATEGORIES)[number];

const byId = new Map(defaultRules.map((r) => [r.id, r]));

/** The category of a built-in rule; another scanner's rule ids are not ours to classify. */
export function ruleCategory(ruleId: string): Category | null {
  const rule = byId.get(ruleId);
  if (!rule) return null;
  if (rule.tags?.includes('credential-file')) return 'credential files';
  return rule.id.startsWith('generic-') ? 'generic' : 'provider tokens';
}

export function plantedCategory(p: Pick<PlantedSecret, 'kind' | 'provider'>): Category {
  const id = p.kind.replace(/^fixture:/, '');
  const fromRule = ruleCategory(id);
  if (fromRule) return fromRule;
  if (p.provider === 'credential-files' || id.startsWith('tool-config:')) return 'credential files';
  return p.provider === 'generic' ? 'generic' : 'provider tokens';
}

export interface CategoryStats {
  planted: number;
  found: number;
  reported: number;
  falsePositives: number;
}

/** Per category: recall over its planted secrets (found by any rule), precision over its rules' reports. */
export function byCategory(
  s: Score,
  reports: Reported[],
  planted: Pick<PlantedSecret, 'kind' | 'provider'>[],
): Map<Category, CategoryStats> {
  const out = new Map<Category, CategoryStats>(
    CATEGORIES.map((c) => [c, { planted: 0, found: 0, reported: 0, falsePositives: 0 }]),
  );
  const kindCategory = new Map(planted.map((p) => [p.kind, plantedCategory(p)]));
  for (const [kind, k] of s.byKind) {
    const c = out.get(kindCategory.get(kind) ?? 'provider tokens')!;
    c.planted += k.planted;
    c.found += k.found;
  }
  for (const r of reports) {
    const c = ruleCategory(r.ruleId);
    if (c) out.get(c)!.reported++;
  }
  for (const [ruleId, at] of s.fpByRule) {
    const c = ruleCategory(ruleId);
    if (c) out.get(c)!.falsePositives += at.length;
  }
  return out;
}
