import { describe, expect, it } from 'vitest';
import { join, base64, hex } from '../../rules/fixture-kit.js';
import { allFixtures } from '../../rules/fixtures.js';
import { defaultAllowlists } from '../../rules/global-allowlist.js';
import { defaultRules } from '../../rules/index.js';
import { CATALOG, GROUPS } from '../../rules/lazy/generated/catalog.js';
import type { CatalogModule, RuleGroup } from '../../rules/lazy/types.js';
import type { RuleCase, RuleFixtures } from '../../rules/types.js';
import { Detector } from '../detect/detector.js';
import type { Finding } from '../finding.js';
import { configWokenBy, WAKE_SCAN_CHARS } from './woken-rules.js';

const full = new Detector({ rules: defaultRules, allowlists: defaultAllowlists });
const woken = (texts: readonly string[], catalog?: readonly CatalogModule[], groups?: (() => Promise<RuleGroup>)[]) =>
  configWokenBy(Promise.resolve(texts), catalog, groups);
const summary = (fs: Finding[]) => fs.map((f) => [f.ruleId, f.startLine, f.startColumn, f.secret, f.tags.join(',')]);

async function sameFindings(text: string, path: string): Promise<number> {
  const config = await woken([text]);
  expect(config).not.toBeNull();
  const subset = new Detector({ rules: config!.rules, allowlists: config!.allowlists });
  expect(summary(subset.detect({ path, text }))).toEqual(summary(full.detect({ path, text })));
  return config!.rules.length;
}

describe('the rules a staged check loads (configWokenBy)', () => {
  const fixtures: RuleFixtures = {};
  for (const f of allFixtures) Object.assign(fixtures, f());
  const cases: RuleCase[] = Object.values(fixtures).flatMap((f) => [...f.truePositives, ...f.falsePositives]);

  it('find what every rule finds, in every rule example', async () => {
    let loaded = 0;
    for (const c of cases) loaded += await sameFindings(c.text, c.path ?? 'src/settings.txt');
    // And the point of it: a text wakes a few rules, not the ~500.
    expect(loaded / cases.length).toBeLessThan(defaultRules.length / 10);
  });

  it('find what every rule finds inside encoded segments, whose keywords only decoding shows', async () => {
    const positives = Object.values(fixtures).flatMap((f) => f.truePositives);
    let decodedFindings = 0;
    for (const c of positives) {
      const path = c.path ?? 'deploy/secret.yaml';
      for (const text of [
        `data:\n  value: ${base64(c.text)}\n`,
        `blob = "${hex(c.text)}"\n`,
        `url = https://example.com/?q=${encodeURIComponent(c.text)}\n`,
        // Twice encoded: the detector decodes two levels deep.
        `inner: ${base64(join('config: ', base64(c.text)))}\n`,
      ]) {
        await sameFindings(text, path);
        decodedFindings += full.detect({ path, text }).length;
      }
    }
    // The comparison above means something only if decoding finds secrets.
    expect(decodedFindings).toBeGreaterThan(positives.length);
  });

  it('load only the groups the text can wake', async () => {
    const asked = new Set<number>();
    const groups = GROUPS.map((load, g) => () => {
      asked.add(g);
      return load();
    });
    const plain = await woken(['const total = items.length + 1;\n'], CATALOG, groups);
    // Group 0 holds the rules that run on every text or judge files by their path alone.
    expect([...asked]).toEqual([0]);
    expect(plain!.rules.length).toBeLessThan(40);
    expect(plain!.rules.every((r) => defaultRules.includes(r))).toBe(true);

    asked.clear();
    const aws = CATALOG.find((m) => m.name === 'aws')!;
    const withKey = await woken([`id = ${join('AKIA', 'QYLPMN5HHHFPZAM2')}\n`], CATALOG, groups);
    expect([...asked].sort()).toEqual([0, aws.group].sort());
    expect(withKey!.rules.map((r) => r.id)).toContain('aws-access-key-id');
    // In defaultRules order, so that the detector runs them as it runs all of them.
    const order = withKey!.rules.map((r) => defaultRules.indexOf(r));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('load every rule past WAKE_SCAN_CHARS of text, decoded segments included', async () => {
    expect(await woken(['x'.repeat(WAKE_SCAN_CHARS + 1)])).toBeNull();
    // Under the limit as text, over it with the two levels the detector decodes.
    const lines = Array.from({ length: Math.ceil(WAKE_SCAN_CHARS / 70) }, (_, i) =>
      base64(base64(`entry ${i}: value ${i * 7919}`)),
    );
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeLessThan(WAKE_SCAN_CHARS);
    expect(await woken([text])).toBeNull();
    expect(await woken([`${lines[0]}\n`])).not.toBeNull();
  });

  it('load every rule when there are no texts: a blob the check reads', async () => {
    expect(await configWokenBy(Promise.resolve(null))).toBeNull();
  });

  it('load every rule when a group does not hold the rules the catalog describes', async () => {
    const rule = { id: 'r', description: 'r', severity: 'low' as const, regex: /zq_(\w+)/, keywords: ['zq_'] };
    const catalog: CatalogModule[] = [{ name: 'm', group: 0, keywords: [['zq_']] }];
    const one = (rules: unknown) => [() => Promise.resolve({ m: rules } as RuleGroup)];
    expect((await woken(['zq_abc'], catalog, one([rule])))!.rules).toEqual([rule]);
    expect(await woken(['zq_abc'], catalog, one([{ ...rule, keywords: ['zz_'] }]))).toBeNull();
    expect(await woken(['zq_abc'], catalog, one([rule, rule]))).toBeNull();
    expect(await woken(['zq_abc'], catalog, one([{ ...rule, regex: undefined }]))).toBeNull();
    expect(await woken(['zq_abc'], catalog, [() => Promise.resolve({})])).toBeNull();
  });

  it('wake a rule by a keyword in any case, and every rule that has no keyword, a non-ASCII one or one with a line feed', async () => {
    const rule = (id: string, keywords: string[]) => ({
      id,
      description: id,
      severity: 'low' as const,
      regex: /x/,
      keywords,
    });
    const rules = [
      rule('plain', ['zq_']),
      rule('none', []),
      rule('kelvin', ['\u212Aey']),
      rule('line', ['a\nb']),
      rule('other', ['ky_']),
    ];
    const catalog: CatalogModule[] = [{ name: 'm', group: 0, keywords: rules.map((r) => r.keywords) }];
    const groups = [() => Promise.resolve({ m: rules } as RuleGroup)];
    const ids = async (text: string) => (await woken([text], catalog, groups))!.rules.map((r) => r.id);
    expect(await ids('ZQ_abc')).toEqual(['plain', 'none', 'kelvin', 'line']);
    expect(await ids('nothing')).toEqual(['none', 'kelvin', 'line']);
    expect(await ids('KY_')).toEqual(['none', 'kelvin', 'line', 'other']);
    // ASCII case folding only, as the detector's keyword scan: the Kelvin sign is not a K.
    expect(await ids('\u212AY_')).toEqual(['none', 'kelvin', 'line']);
  });
});
