import type { Allowlist, RegexTarget } from '../../rules/types.js';
import { compileGoRegex, GoRegexError } from './go-regex.js';
import type { Fields } from './toml-fields.js';

export interface ParsedAllowlist {
  allowlist: Allowlist;
  /** gitleaks `targetRules` (global allowlists only; ignored elsewhere), checked once rules are merged. */
  targetRules: string[];
  where: string;
  file: string;
}

const TARGETS: readonly RegexTarget[] = ['secret', 'match', 'line'];

/** One `[rules.allowlist]`, `[[rules.allowlists]]`, `[allowlist]` or `[[allowlists]]` table. */
export function parseAllowlist(f: Fields): ParsedAllowlist {
  const description = f.string('description', 'description = "test fixtures"');
  const condition = parseCondition(f);
  const regexTarget = parseRegexTarget(f);
  const regexes = regexList(f, 'regexes', `regexes = ['''^EXAMPLE''']`);
  const paths = regexList(f, 'paths', `paths = ['''^test/fixtures/''']`);
  const commits = f
    .strings('commits', 'commits = ["9f2a6c1d"]')
    ?.map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
  const stopwords = f.strings('stopwords', 'stopwords = ["example"]');
  const targetRules = f.strings('targetRules', 'targetRules = ["generic-api-key"]') ?? [];

  if (!regexes?.length && !paths?.length && !commits?.length && !stopwords?.length) {
    f.fail('must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]');
  }
  const allowlist: Allowlist = {};
  if (description !== undefined) allowlist.description = description;
  if (condition !== undefined) allowlist.condition = condition;
  if (regexTarget !== undefined) allowlist.regexTarget = regexTarget;
  if (regexes?.length) allowlist.regexes = regexes;
  if (paths?.length) allowlist.paths = paths;
  if (commits?.length) allowlist.commits = commits;
  if (stopwords?.length) allowlist.stopwords = stopwords;
  return { allowlist, targetRules, where: f.where, file: f.file };
}

function parseCondition(f: Fields): 'OR' | 'AND' | undefined {
  const raw = f.string('condition', 'condition = "AND"');
  if (raw === undefined) return undefined;
  // gitleaks accepts either case and the C spellings.
  const upper = raw.trim().toUpperCase();
  if (upper === 'AND' || upper === '&&') return 'AND';
  if (upper === '' || upper === 'OR' || upper === '||') return 'OR';
  f.fail(`condition ${JSON.stringify(raw)} is not OR or AND; use condition = "AND", or leave it out for OR`);
}

function parseRegexTarget(f: Fields): RegexTarget | undefined {
  const raw = f.string('regexTarget', 'regexTarget = "line"');
  if (raw === undefined || raw === '') return undefined;
  if ((TARGETS as readonly string[]).includes(raw)) return raw as RegexTarget;
  f.fail(`regexTarget ${JSON.stringify(raw)} is not secret, match or line; e.g. regexTarget = "line"`);
}

function regexList(f: Fields, key: string, example: string): RegExp[] | undefined {
  return f.strings(key, example)?.map((pattern, i) => compileAt(f, `${key}[${i}]`, pattern));
}

/** Compiles one Go regex from the config; a failure names where it is. */
export function compileAt(f: Fields, label: string, pattern: string): RegExp {
  try {
    return compileGoRegex(pattern).regex;
  } catch (err) {
    if (err instanceof GoRegexError) f.fail(`${label} ${err.message}`);
    throw err;
  }
}
