import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { ALNUM, BASE64, DIGITS, HEX, join, LOWER, rand, seed, UPPER } from '../../rules/fixture-kit.js';
import { defaultRules } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import { Detector } from '../detect/detector.js';
import { defaultScanConfig } from './defaults.js';
import { parseConfig } from './parse.js';
import type { ScanConfig } from './types.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/config/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

function secretsOf(config: ScanConfig, ruleId: string, text: string, path = 'src/settings.env'): string[] {
  const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
  return detector
    .detect({ text, path })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.secret);
}

function rule(config: ScanConfig, id: string): Rule {
  const found = config.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

beforeEach(() => seed(20261127));

describe('a config shaped like gitleaks’ default config', () => {
  const config = parseConfig(fixture('gitleaks-shaped.toml'), 'gitleaks-shaped.toml');

  it('uses only its own rules, since it does not extend the defaults', () => {
    expect(config.rules.map((r) => r.id)).toEqual([
      'acme-api-key',
      'widget-secret',
      'gizmo-token',
      'sprocket-access-token',
      'curl-auth-user',
      'generic-api-key',
      'jwt-base64',
      'kubernetes-secret-yaml',
    ]);
    expect(config.title).toBe('gitleaks config');
    expect(config.file).toBe('gitleaks-shaped.toml');
    expect(config.warnings).toEqual([]);
  });

  it('reads the old single [allowlist] as one global allowlist', () => {
    expect(config.allowlists).toHaveLength(1);
    const [global] = config.allowlists;
    expect(global?.regexes).toHaveLength(5);
    expect(global?.paths).toHaveLength(3);
    expect(global?.stopwords).toEqual(['abcdefghijklmnopqrstuvwxyz']);
  });

  it('translates a mid-pattern (?i) so only what follows it ignores case', () => {
    const users = config.allowlists[0]!.regexes![4]!;
    expect(users.test('/Users/Alice/src/app')).toBe(true);
    expect(users.test('/users/alice/src/app')).toBe(false);
  });

  it('finds a generated gitleaks-style key whatever the case of its name', () => {
    const key = rand(LOWER + DIGITS, 32);
    expect(secretsOf(config, 'acme-api-key', `ACME_API_KEY = "${key}"`)).toEqual([key]);
    expect(secretsOf(config, 'acme-api-key', `acme.apiKey: ${key}`)).toEqual([key]);
  });

  it('keeps a prefix before (?i) case-sensitive', () => {
    const body = rand(ALNUM, 32);
    expect(secretsOf(config, 'widget-secret', `token: wdg_${body}`)).toEqual([`wdg_${body}`]);
    expect(secretsOf(config, 'widget-secret', `token: WDG_${body}`)).toEqual([]);
  });

  it('keeps (?-i:…) case-sensitive inside (?i:…)', () => {
    const value = rand(ALNUM, 24);
    expect(secretsOf(config, 'gizmo-token', `GIZMO_SECRET=${value}`)).toEqual([value]);
    expect(secretsOf(config, 'gizmo-token', `GZ_API=${value}`)).toEqual([value]);
    expect(secretsOf(config, 'gizmo-token', `gz_api=${value}`)).toEqual([]);
  });

  it("applies a rule's [[rules.allowlists]]", () => {
    const example = join('SPRA', rand(UPPER + DIGITS, 9), 'EXAMPLE');
    const real = join('SPRA', rand(UPPER + DIGITS, 16));
    expect(secretsOf(config, 'sprocket-access-token', `id=${real}`)).toEqual([real]);
    expect(secretsOf(config, 'sprocket-access-token', `id=${example}`)).toEqual([]);
    expect(rule(config, 'sprocket-access-token').allowlists?.[0]?.regexes?.[0]?.test(example)).toBe(true);
  });

  it('translates \\z and the [^]] class of the curl rule', () => {
    const password = rand(ALNUM, 14);
    expect(secretsOf(config, 'curl-auth-user', `curl -u admin:${password}`)).toEqual([`admin:${password}`]);
    expect(secretsOf(config, 'curl-auth-user', 'curl -u admin:changeme https://example.com')).toEqual([]);
    expect(secretsOf(config, 'curl-auth-user', 'curl -u admin:[secret] https://example.com')).toEqual([]);
  });

  it('honours regexTarget = "match" and stopwords', () => {
    const value = rand(ALNUM, 20);
    expect(secretsOf(config, 'generic-api-key', `api_key = "${value}"`)).toEqual([value]);
    expect(secretsOf(config, 'generic-api-key', `public_key = "${value}"`)).toEqual([]);
    expect(secretsOf(config, 'generic-api-key', `api_key = "Example${value}"`)).toEqual([]);
  });

  it('compiles named groups, which count as capture groups for the secret as in gitleaks', () => {
    const token = join('ZXlKaGJHY2lPaU', rand(BASE64, 48));
    const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
    const found = detector.detect({ text: `jwt: ${token}`, path: 'a.txt' }).filter((f) => f.ruleId === 'jwt-base64');
    expect(found.map((f) => [f.match, f.secret])).toEqual([[token, 'aGJHY2lPaU']]);
  });

  it('limits a rule with path to matching files', () => {
    const value = rand(ALNUM, 16);
    const yaml = `kind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${value}\n`;
    expect(secretsOf(config, 'kubernetes-secret-yaml', yaml, 'deploy/db.yaml')).toEqual([`password: ${value}`]);
    expect(secretsOf(config, 'kubernetes-secret-yaml', yaml, 'deploy/db.txt')).toEqual([]);
  });

  it('skips files on a global allowlist path', () => {
    const text = `ACME_API_KEY = "${rand(LOWER + DIGITS, 32)}"`;
    expect(secretsOf(config, 'acme-api-key', text, 'node_modules/acme/index.js')).toEqual([]);
  });

  it('never produces lookarounds or backreferences', () => {
    const sources = config.rules.flatMap((r) => [
      r.regex?.source ?? '',
      ...(r.allowlists ?? []).flatMap((a) => (a.regexes ?? []).map((re) => re.source)),
    ]);
    for (const source of sources) expect(source).not.toMatch(/\(\?<?[=!]|\\[1-9]|\\k</);
  });
});

describe('a config that extends the defaults', () => {
  const config = parseConfig(fixture('extend-defaults.toml'), 'extend-defaults.toml');
  const defaults = defaultRules.find((r) => r.id === 'aws-access-key-id')!;

  it('keeps the default rules, minus disabledRules, then adds its own', () => {
    const expected = defaultRules.map((r) => r.id).filter((id) => id !== 'aws-session-token');
    expect(config.rules.map((r) => r.id)).toEqual([...expected, 'internal-token']);
  });

  it('merges a rule with a default id onto the default, as gitleaks does', () => {
    const merged = rule(config, 'aws-access-key-id');
    expect(merged.regex).toBe(defaults.regex);
    expect(merged.description).toBe(defaults.description);
    expect(merged.severity).toBe('critical');
    expect(merged.keywords).toEqual([...defaults.keywords, 'aws_access_key_id']);
    expect(merged.tags).toEqual([...(defaults.tags ?? []), 'team']);
    expect(merged.allowlists).toHaveLength((defaults.allowlists ?? []).length + 1);
    const key = join('AKIA', rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
    expect(secretsOf(config, 'aws-access-key-id', `aws_access_key_id = ${key}`, 'src/a.env')).toEqual([key]);
    expect(secretsOf(config, 'aws-access-key-id', `aws_access_key_id = ${key}`, 'test/a.env')).toEqual([]);
  });

  it('puts its own global allowlists before the default ones', () => {
    expect(config.allowlists[0]?.description).toBe('docs are examples');
    expect(config.allowlists.slice(1)).toEqual(defaultScanConfig().allowlists);
  });

  it('attaches an allowlist with targetRules to those rules only', () => {
    expect(config.allowlists.some((a) => a.description?.includes('staging'))).toBe(false);
    const internal = rule(config, 'internal-token');
    expect(internal.allowlists?.map((a) => a.description)).toEqual(["the staging token generator's output"]);
    const zeros = join('itk_', rand(HEX, 18), '0000', rand(HEX, 18));
    const other = join('itk_', rand(HEX, 40));
    expect(secretsOf(config, 'internal-token', `T=${zeros}`, 'staging/t.env')).toEqual([]);
    expect(secretsOf(config, 'internal-token', `T=${other}`, 'staging/t.env')).toEqual([other]);
    expect(secretsOf(config, 'internal-token', `T=${zeros}`, 'src/t.env')).toEqual([zeros]);
  });

  it('gives its own rules the severity and description they set', () => {
    const internal = rule(config, 'internal-token');
    expect(internal).toMatchObject({ severity: 'medium', description: 'Internal service token', tags: ['internal'] });
  });
});

describe('a config without [extend]', () => {
  const config = parseConfig(fixture('custom-only.toml'), 'custom-only.toml');

  it('uses only its rules, reading the old [rules.allowlist] and keys in any case', () => {
    expect(config.rules.map((r) => r.id)).toEqual(['legacy-token', 'pem-file']);
    const legacy = rule(config, 'legacy-token');
    expect(legacy).toMatchObject({ severity: 'low', secretGroup: 1, keywords: [] });
    expect(legacy.allowlists?.[0]?.stopwords).toEqual(['sample']);
  });

  it('defaults severity to high and description to the id', () => {
    expect(rule(config, 'pem-file')).toMatchObject({ severity: 'high', description: 'Private key file, by name' });
    const bare = parseConfig(`[[rules]]\nid = "bare"\nregex = '''bare_[0-9]{8}'''\n`, 'x.toml');
    expect(bare.rules[0]).toMatchObject({ severity: 'high', description: 'bare' });
  });

  it('normalises commits the way gitleaks does', () => {
    expect(config.allowlists[0]?.commits).toEqual(['abc1234def']);
  });

  it('flags a file by path alone when a rule has no regex', () => {
    const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
    const found = detector.detect({ text: 'anything', path: 'keys/server.PEM' });
    expect(found.map((f) => f.ruleId)).toEqual(['pem-file']);
    expect(detector.detect({ text: 'anything', path: 'vendor/keys/server.pem' })).toEqual([]);
  });

  it('finds the secret group and applies the old allowlist', () => {
    const value = rand(LOWER + DIGITS, 24);
    expect(secretsOf(config, 'legacy-token', `LEGACY_TOKEN: "${value}"`)).toEqual([value]);
    expect(secretsOf(config, 'legacy-token', `legacy-token = "sample${rand(LOWER, 18)}"`)).toEqual([]);
  });
});
