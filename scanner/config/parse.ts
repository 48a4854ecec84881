// parseConfig: gitleaks v8 TOML → the rules and allowlists a scan runs with. Pure (no I/O),
// so a worker thread given the same texts rebuilds exactly the same rules.
import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { Allowlist, Rule } from '../../rules/types.js';
import { defaultScanConfig } from './defaults.js';
import { ConfigError } from '../errors.js';
import { extendRules, groupCount, toRule } from './merge.js';
import { parseAllowlist, type ParsedAllowlist } from './parse-allowlist.js';
import { parseRule, type RuleLayer } from './parse-rule.js';
import { Fields, parseToml } from './toml-fields.js';
import type { ExtendedTexts, ScanConfig } from './types.js';

/** As in gitleaks: a config may extend one that extends another, no deeper. */
const MAX_EXTEND_DEPTH = 2;

/**
 * Parses and validates one config. `extended` holds the texts of files named by
 * `[extend] path` (loadConfig reads them), keyed by {@link extendPathKey}.
 */
export function parseConfig(text: string, file: string, extended: ExtendedTexts = {}): ScanConfig {
  const warnings: string[] = [];
  const doc = parseDocument(text, file, 0, extended, warnings);
  const fail = (message: string): never => {
    throw new ConfigError(message, file);
  };

  // gitleaks attaches targeted global allowlists to their rules, once every extend is merged.
  const rules = [...doc.rules];
  for (const t of doc.targeted) {
    for (const id of t.targetRules) {
      const i = rules.findIndex((r) => r.id === id);
      if (i === -1) {
        throw new ConfigError(
          `${t.where}: targetRules names ${id}, which is not an active rule; use the id of a rule in this config or one it extends`,
          t.file,
        );
      }
      const rule = rules[i]!;
      rules[i] = { ...rule, allowlists: [...(rule.allowlists ?? []), t.allowlist] };
    }
  }
  for (const rule of rules) validateRule(rule, fail);

  const active = rules.filter((r) => !doc.skipReport.has(r.id));
  if (active.length === 0 && !doc.extends) {
    warnings.push(
      `${file}: has no active rules, so nothing will be reported; to keep the built-in rules, add [extend] useDefault = true`,
    );
  }
  const config: ScanConfig = { rules: active, allowlists: doc.allowlists, file, warnings };
  if (doc.title !== undefined) config.title = doc.title;
  if (doc.description !== undefined) config.description = doc.description;
  if (doc.maxFileSize !== undefined) config.maxFileSize = doc.maxFileSize;
  return config;
}

/** Where `[extend] path` points, relative to the config that names it. */
export function extendPathKey(file: string, path: string): string {
  return isAbsolute(path) ? normalize(path) : join(dirname(file), path);
}

/** The `[extend] path` a config names, if any (loadConfig follows it before parsing). */
export function extendPathOf(text: string, file: string): string | undefined {
  return readExtend(new Fields(parseToml(text, file), '', file)).path;
}

interface Document {
  title?: string;
  description?: string;
  maxFileSize?: number;
  rules: Rule[];
  allowlists: Allowlist[];
  targeted: ParsedAllowlist[];
  skipReport: Set<string>;
  /** Whether it extends the defaults or another file. */
  extends: boolean;
}

function parseDocument(
  text: string,
  file: string,
  depth: number,
  extended: ExtendedTexts,
  warnings: string[],
): Document {
  const warn = (message: string): void => void warnings.push(`${file}: ${message}`);
  const top = new Fields(parseToml(text, file), '', file);
  const extend = readExtend(top);
  const disabled = [
    ...extend.disabledRules,
    ...(top.strings('disabledRules', 'disabledRules = ["generic-api-key"]') ?? []),
  ];
  const layers = parseRules(top, warn);
  const allowlists = parseGlobalAllowlists(top);

  let base: Document | undefined;
  let baseName = '';
  if ((extend.useDefault || extend.path) && depth >= MAX_EXTEND_DEPTH) {
    warn(`[extend] is ignored: configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks`);
  } else if (extend.useDefault) {
    const { rules, allowlists } = defaultScanConfig();
    base = { rules, allowlists, targeted: [], skipReport: new Set(), extends: false };
    baseName = 'the default rules';
  } else if (extend.path) {
    baseName = extendPathKey(file, extend.path);
    const baseText = extended[baseName];
    if (baseText === undefined) {
      throw new ConfigError(
        `[extend]: path ${extend.path} was not loaded (${baseName}); load configs with loadConfig, which reads extended files`,
        file,
      );
    }
    base = parseDocument(baseText, baseName, depth + 1, extended, warnings);
  }
  if (!base && disabled.length > 0)
    warn('disabledRules only applies to extended rules; add [extend] useDefault = true or remove it');
  if (extend.url)
    warn('[extend] url is not supported (gitleaks ignores it too); download the file and use [extend] path');

  const doc: Document = {
    rules: base ? extendRules(base.rules, layers, disabled, baseName, warn) : layers.map(toRule),
    allowlists: [
      ...allowlists.filter((a) => a.targetRules.length === 0).map((a) => a.allowlist),
      ...(base?.allowlists ?? []),
    ],
    targeted: [...allowlists.filter((a) => a.targetRules.length > 0), ...(base?.targeted ?? [])],
    skipReport: new Set([...layers.filter((l) => l.skipReport).map((l) => l.id), ...(base?.skipReport ?? [])]),
    extends: base !== undefined,
  };
  const title = top.string('title', 'title = "my config"');
  const description = top.string('description', 'description = "rules for this repository"');
  const maxFileSize = top.number('maxFileSize', 'maxFileSize = 25');
  if (maxFileSize !== undefined && maxFileSize <= 0)
    top.fail(`maxFileSize must be a positive number of megabytes (e.g. maxFileSize = 25), not ${maxFileSize}`);
  if (title !== undefined) doc.title = title;
  if (description !== undefined) doc.description = description;
  if (maxFileSize !== undefined) doc.maxFileSize = maxFileSize;
  return doc;
}

interface Extend {
  useDefault: boolean;
  path?: string;
  url?: string;
  disabledRules: string[];
}

function readExtend(top: Fields): Extend {
  const fields = top.table('extend', '[extend]', '[extend] with useDefault = true');
  if (!fields) return { useDefault: false, disabledRules: [] };
  const useDefault = fields.boolean('useDefault', 'useDefault = true') ?? false;
  const path = fields.string('path', 'path = "base.toml"') || undefined;
  if (useDefault && path)
    fields.fail('sets both useDefault and path; keep one (the file at path can itself set useDefault = true)');
  const disabledRules = fields.strings('disabledRules', 'disabledRules = ["generic-api-key"]') ?? [];
  const url = fields.string('url', 'url = "https://example.com/gitleaks.toml"') || undefined;
  return { useDefault, disabledRules, ...(path ? { path } : {}), ...(url ? { url } : {}) };
}

function parseRules(top: Fields, warn: (message: string) => void): RuleLayer[] {
  const warnings: string[] = [];
  const layers = top.tables('rules', (n) => `[[rules]] #${n}`, '[[rules]] tables').map((t) => parseRule(t, warnings));
  warnings.forEach(warn);
  const first = new Map<string, number>();
  layers.forEach((layer, i) => {
    const earlier = first.get(layer.id);
    if (earlier !== undefined) {
      top.fail(
        `rule ${layer.id} is defined twice ([[rules]] #${earlier + 1} and #${i + 1}); give each rule its own id`,
      );
    }
    first.set(layer.id, i);
  });
  return layers;
}

/** The old single `[allowlist]` or the new `[[allowlists]]`, not both (as in gitleaks). */
function parseGlobalAllowlists(top: Fields): ParsedAllowlist[] {
  const old = top.table('allowlist', '[allowlist]', '[allowlist] with paths = [...]');
  const tables = top.tables('allowlists', (n) => `[[allowlists]] #${n}`, '[[allowlists]] tables');
  if (old && tables.length > 0) {
    top.fail('[allowlist] cannot be used alongside [[allowlists]]; move its keys into an [[allowlists]] table');
  }
  return (old ? [old] : tables).map(parseAllowlist);
}

function validateRule(rule: Rule, fail: (message: string) => never): void {
  if (!rule.regex && !rule.path) {
    fail(`rule ${rule.id}: has neither regex nor path, so it can never match; add regex = '''…''' or path = '''…'''`);
  }
  if (rule.regex && rule.secretGroup !== undefined) {
    const groups = groupCount(rule.regex);
    if (rule.secretGroup > groups) {
      fail(
        `rule ${rule.id}: secretGroup ${rule.secretGroup} but the regex has ${groups} group${groups === 1 ? '' : 's'}`,
      );
    }
  }
}
