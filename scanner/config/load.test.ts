import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIGITS, LOWER, rand } from '../../rules/fixture-kit.js';
import { defaultRules } from '../../rules/index.js';
import { ConfigError } from '../errors.js';
import { Detector } from '../detect/detector.js';
import { loadConfig } from './load.js';
import { parseConfig } from './parse.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/config/', import.meta.url));
const RULE = `[[rules]]\nid = "only-mine"\nregex = '''mine_[0-9]{8}'''\n`;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'leakhound-config-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('uses the built-in rules when the root has no config file', async () => {
    const loaded = await loadConfig({ root });
    expect(loaded).toMatchObject({ text: null, file: null, extended: {} });
    expect(loaded.config.rules).toBe(defaultRules);
    expect(loaded.config.file).toBeNull();
  });

  it('finds .gitleaks.toml at the scan root, so an existing gitleaks setup works unchanged', async () => {
    await writeFile(join(root, '.gitleaks.toml'), RULE);
    const loaded = await loadConfig({ root });
    expect(loaded.file).toBe(join(root, '.gitleaks.toml'));
    expect(loaded.text).toBe(RULE);
    expect(loaded.config.rules.map((r) => r.id)).toEqual(['only-mine']);
  });

  it('prefers leakhound.toml over .gitleaks.toml', async () => {
    await writeFile(join(root, '.gitleaks.toml'), RULE);
    await writeFile(join(root, 'leakhound.toml'), RULE.replace('only-mine', 'preferred'));
    const loaded = await loadConfig({ root });
    expect(loaded.config.rules.map((r) => r.id)).toEqual(['preferred']);
  });

  it('uses --config over anything at the root', async () => {
    await writeFile(join(root, 'leakhound.toml'), RULE);
    await writeFile(join(root, 'other.toml'), RULE.replace('only-mine', 'from-flag'));
    const loaded = await loadConfig({ configPath: join(root, 'other.toml'), root });
    expect(loaded.config.rules.map((r) => r.id)).toEqual(['from-flag']);
  });

  it('refuses a --config file that does not exist', async () => {
    const missing = join(root, 'missing.toml');
    await expect(loadConfig({ configPath: missing, root })).rejects.toThrow(
      new ConfigError('config file not found; check the --config path', missing),
    );
  });

  it('refuses a --config that is a directory', async () => {
    await expect(loadConfig({ configPath: root, root })).rejects.toThrow(
      `${root}: is a directory, not a config file; name a TOML file`,
    );
  });

  it('follows [extend] path relative to the config, two levels deep, as gitleaks does', async () => {
    const dir = join(FIXTURES, 'extend-path');
    const loaded = await loadConfig({ root: dir });
    const base = join(dir, 'shared', 'base.toml');
    expect(Object.keys(loaded.extended)).toEqual([base]);

    const ids = loaded.config.rules.map((r) => r.id);
    expect(ids).toEqual([...defaultRules.map((r) => r.id), 'shared-token']);
    expect(loaded.config.rules.find((r) => r.id === 'shared-token')).toMatchObject({
      description: 'Organisation token',
      entropy: 3.5,
      keywords: ['shr_', 'shr-tok'],
    });
    expect(loaded.config.allowlists[0]?.description).toBe('organisation-wide');
  });

  it('lets a worker rebuild the same rules from the texts alone', async () => {
    const loaded = await loadConfig({ root: join(FIXTURES, 'extend-path') });
    const rebuilt = parseConfig(loaded.text!, loaded.file!, loaded.extended);
    const shape = (rules: typeof loaded.config.rules) =>
      rules.map((r) => [r.id, r.regex?.source, r.regex?.flags, r.keywords]);
    expect(shape(rebuilt.rules)).toEqual(shape(loaded.config.rules));
    expect(() => parseConfig(loaded.text!, loaded.file!)).toThrow(
      `[extend]: path shared/base.toml was not loaded (${join(FIXTURES, 'extend-path', 'shared', 'base.toml')}); load configs with loadConfig, which reads extended files`,
    );
  });

  it('refuses an [extend] path that does not exist', async () => {
    await writeFile(join(root, 'leakhound.toml'), '[extend]\npath = "nope/base.toml"\n');
    await expect(loadConfig({ root })).rejects.toThrow(
      `${join(root, 'leakhound.toml')}: [extend] path nope/base.toml not found (looked for ${join(root, 'nope', 'base.toml')}); the path is relative to this config file`,
    );
  });

  it('stops following [extend] after two levels, with a warning', async () => {
    await mkdir(join(root, 'a'));
    await writeFile(join(root, 'leakhound.toml'), '[extend]\npath = "a/one.toml"\n');
    await writeFile(join(root, 'a', 'one.toml'), '[extend]\npath = "two.toml"\n');
    await writeFile(join(root, 'a', 'two.toml'), `[extend]\nuseDefault = true\n${RULE}`);
    const loaded = await loadConfig({ root });
    expect(loaded.config.rules.map((r) => r.id)).toEqual(['only-mine']);
    expect(loaded.config.warnings).toContain(
      `${join(root, 'a', 'two.toml')}: [extend] is ignored: configs extend at most 2 levels deep, as in gitleaks`,
    );
  });

  it('runs a rule whose regex could backtrack on the linear-time engine, which loads with the parser', async () => {
    await writeFile(
      join(root, 'leakhound.toml'),
      `[[rules]]\nid = "risky"\nregex = '''api_key\\s*=\\s*"([a-z0-9]{32})"'''\nkeywords = ["api_key"]\n`,
    );
    const loaded = await loadConfig({ root });
    const rule = loaded.config.rules.find((r) => r.id === 'risky')!;
    expect(rule.re2).toBeDefined();
    const secret = rand(LOWER + DIGITS, 32);
    const detector = new Detector({ rules: loaded.config.rules });
    const findings = detector.detect({ path: 'a.py', text: `api_key = "${secret}"\n${'api_key = '.repeat(2000)}` });
    expect(findings.map((f) => f.secret)).toEqual([secret]);
  });
});
