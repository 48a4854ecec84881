import { checkSync } from 'recheck';
import { beforeEach, describe, expect, it } from 'vitest';
import { Detector } from '../scanner/detect/detector.js';
import { seed } from './fixture-kit.js';
import { allFixtures } from './fixtures.js';
import { defaultRules } from './index.js';
import type { RuleFixtures } from './types.js';

const detector = new Detector({ rules: defaultRules });

function collect(): RuleFixtures {
  seed(20261127);
  const all: RuleFixtures = {};
  for (const f of allFixtures) Object.assign(all, f());
  return all;
}

const fixtures = collect();
const ruleIds = defaultRules.map((r) => r.id);

beforeEach(() => seed(20261127));

describe('built-in rules', () => {
  it('have unique kebab-case ids', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('each ship at least one true and one false positive', () => {
    const missing = ruleIds.filter(
      (id) => !fixtures[id] || fixtures[id].truePositives.length === 0 || fixtures[id].falsePositives.length === 0,
    );
    expect(missing).toEqual([]);
  });

  it('have lower-case keywords that the regex can actually contain', () => {
    for (const r of defaultRules) for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
  });

  it('use no lookarounds or backreferences, so V8 can fall back to its linear engine', () => {
    for (const r of defaultRules) {
      if (!r.regex) continue;
      expect(r.regex.source, r.id).not.toMatch(/\(\?<?[=!]|\\[1-9]|\\k</);
    }
  });
});

describe.each(Object.entries(fixtures))('rule %s', (id, fx) => {
  it.each(fx.truePositives.map((c, i) => [i, c] as const))('finds true positive #%i', (_i, c) => {
    const found = detector.detect({ text: c.text, path: c.path ?? 'config/settings.txt' });
    const mine = found.filter((f) => f.ruleId === id);
    expect(
      mine.map((f) => f.secret),
      `in: ${c.text.slice(0, 200)}`,
    ).toContain(c.secret ?? mine[0]?.secret);
    expect(mine.length).toBeGreaterThan(0);
  });

  it.each(fx.falsePositives.map((c, i) => [i, c] as const))('ignores false positive #%i', (_i, c) => {
    const found = detector.detect({ text: c.text, path: c.path ?? 'config/settings.txt' });
    expect(
      found.map((f) => `${f.ruleId}: ${f.secret}`),
      `in: ${c.text.slice(0, 200)}`,
    ).toEqual([]);
  });
});

describe('ReDoS', () => {
  // The automaton checker proves the bound; the fuzzer is only a fallback for regexes whose
  // automaton is too large to build in time. Attack strings are not printed: they are huge.
  it.each(defaultRules.filter((r) => r.regex).map((r) => [r.id, r.regex!] as const))(
    'rule %s has no super-linear backtracking',
    (_id, re) => {
      const flags = re.flags.replace(/[gyd]/g, '');
      let result = checkSync(re.source, flags, { checker: 'automaton', timeout: 20_000 });
      if (result.status === 'unknown') result = checkSync(re.source, flags, { checker: 'fuzz', timeout: 20_000 });
      const verdict = result.status === 'vulnerable' ? `vulnerable: ${result.complexity.summary}` : result.status;
      expect(verdict).toBe('safe');
    },
  );
});
