// Rules that recognise a credential only by the setting it is assigned to (a bare UUID or hex
// string is no credential on its own). Found by behaviour, not by a hand-kept list: a rule is
// context-anchored when its own true-positive secrets, assigned to a neutral name, are not
// reported by it. For each such rule: its fixtures include the provider's documented
// environment-variable form (`PROVIDER_API_KEY=…`), and none of its secrets is reported under
// look-alike names that say something else (a checksum, a build id, a commit).
import { beforeAll, describe, expect, it } from 'vitest';
import { Detector } from '../scanner/detect/detector.js';
import { seed } from './fixture-kit.js';
import { allFixtures } from './fixtures.js';
import { defaultRules } from './index.js';
import type { RuleFixtures } from './types.js';

const detector = new Detector({ rules: defaultRules });
const fires = (ruleId: string, text: string): boolean =>
  detector.detect({ text, path: 'src/settings.txt' }).some((f) => f.ruleId === ruleId);

const LOOK_ALIKES = [
  (s: string) => `value = "${s}"`,
  (s: string) => `checksum: ${s}`,
  (s: string) => `BUILD_ID=${s}`,
  (s: string) => `"commit": "${s}"`,
];
/**
 * A line that is only a setting, up to the secret: `NAME=`, `  name: '`, `export NAME="`. A
 * secret inside a larger structure (a URL, a connection string, an `.npmrc` registry line) is
 * anchored by that structure, not by a setting name.
 */
const NAME_BEFORE = /^[ \t]*(?:export[ \t]+|-e[ \t]+)?["']?([A-Za-z][\w.-]{1,60})["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/;
/** The ways a setting is written: env file, YAML, shell export. */
const SETTING_FORMS = [
  (n: string, s: string) => `${n}=${s}`,
  (n: string, s: string) => `${n}: "${s}"`,
  (n: string, s: string) => `export ${n}='${s}'`,
];

/** The name a rule's fixtures assign their first secret to, when they assign it. */
function settingName(id: string): string | null {
  for (const c of fixtures[id]!.truePositives) {
    // One line, scanned as any file: a secret found only with other lines or in a named file
    // is anchored by that file's format.
    if (c.path !== undefined || c.text.trim().includes('\n')) continue;
    const m = NAME_BEFORE.exec(c.text.slice(0, c.text.indexOf(c.secret!)));
    if (m) return m[1]!;
  }
  return null;
}

const fixtures: RuleFixtures = {};
let anchored: string[] = [];

beforeAll(() => {
  seed(20261127);
  for (const f of allFixtures) Object.assign(fixtures, f());
  anchored = defaultRules
    .filter((r) => r.regex && !r.path && !r.tags?.includes('generic') && !r.tags?.includes('credential-file'))
    .map((r) => r.id)
    .filter((id) => {
      const tps = fixtures[id]?.truePositives ?? [];
      return tps.length > 0 && tps.every((c) => c.secret && !fires(id, `value = "${c.secret}"`));
    });
});

describe('context-anchored rules', () => {
  it('are found by behaviour (there are dozens of them)', () => {
    expect(anchored.length).toBeGreaterThan(40);
  });

  it('find a value under the documented setting name however the setting is written', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const id of anchored) {
      const name = settingName(id);
      if (name === null) continue; // anchored by a URL, header or command, not a name
      checked++;
      const secret = fixtures[id]!.truePositives.find((c) => c.path === undefined)!.secret!;
      for (const form of SETTING_FORMS) if (!fires(id, form(name, secret))) missed.push(`${id}: ${form(name, '…')}`);
    }
    expect(checked).toBeGreaterThan(40);
    expect(missed).toEqual([]);
  });

  it('none reports its secrets under look-alike names', () => {
    const noisy: string[] = [];
    for (const id of anchored) {
      for (const c of fixtures[id]!.truePositives) {
        for (const form of LOOK_ALIKES) if (fires(id, form(c.secret!))) noisy.push(`${id}: ${form('…')}`);
      }
    }
    expect(noisy).toEqual([]);
  });
});
