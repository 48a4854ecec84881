import { describe, expect, it } from 'vitest';
import { runsOnEveryText } from '../../scanner/detect/detector.js';
import { defaultRules } from '../index.js';
import { staleGenerated } from './generate.js';
import { CATALOG, GROUPS } from './generated/catalog.js';

describe('the rule groups and catalog (rules/lazy/generated/)', () => {
  it('are what rules/lazy/generate.ts writes from rules/index.ts', async () => {
    const stale = await staleGenerated();
    expect(stale, `rules/lazy/generated is out of date (${stale.join(', ')}): run npm run build:rule-groups`).toEqual(
      [],
    );
  });

  it('hold every built-in rule once, in defaultRules order, with its keywords', async () => {
    const groups = await Promise.all(GROUPS.map((load) => load()));
    const rules = CATALOG.flatMap((m) => groups[m.group]![m.name]!);
    expect(rules).toEqual(defaultRules);
    expect(rules.every((r, i) => r === defaultRules[i])).toBe(true);
    const keywords = CATALOG.flatMap((m) => m.keywords);
    expect(keywords).toEqual(defaultRules.map((r) => (r.regex ? r.keywords : null)));
    // Each group exports exactly the modules the catalog places in it.
    for (const [g, group] of groups.entries())
      expect(Object.keys(group).sort()).toEqual(
        CATALOG.filter((m) => m.group === g)
          .map((m) => m.name)
          .sort(),
      );
  });

  it('put the rules that run on every text in the first group, so that they load while git works', () => {
    for (const m of CATALOG)
      if (m.keywords.some((k) => k === null || runsOnEveryText(k))) expect(m.group, m.name).toBe(0);
  });
});
