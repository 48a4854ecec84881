import type { Rule } from '../types.js';

/** One module of rules/index.ts: the name its group file exports its `rules` under. */
export interface CatalogModule {
  name: string;
  /** Index into GROUPS of the group file that exports it. */
  group: number;
  /**
   * Each of its rules' keywords, in the order of its `rules`, as in their rule.ts; null for a
   * rule of paths alone (no regex), which judges files whatever their text.
   */
  keywords: readonly (readonly string[] | null)[];
}

/** A group file: the `rules` of each of its modules, by module name. */
export type RuleGroup = Readonly<Record<string, Rule[]>>;
